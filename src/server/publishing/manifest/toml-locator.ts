/**
 * Where each key and value of a TOML document is, by dotted path. smol-toml parses the document
 * (values come from there) but reports no positions; this scanner walks the same text once and
 * records, for every path, the line and column of its key, its value and (for tables) its
 * `[header]`, so validation problems can point at the offending spot.
 *
 * It runs only on text smol-toml has already accepted, so it needs to understand the structure,
 * not to validate it: table headers, arrays of tables, dotted and quoted keys, basic/literal and
 * multi-line strings, arrays and inline tables (which may span lines), and comments.
 */

export type SourcePos = { line: number; column: number };
export type PathSegment = string | number;
type Entry = { key?: SourcePos; value?: SourcePos; header?: SourcePos };

const keyOf = (path: readonly PathSegment[]) => path.map(String).join("\u001f");

export class TomlLocations {
  private readonly entries = new Map<string, Entry>();

  /** @internal */
  record(path: readonly PathSegment[], kind: keyof Entry, pos: SourcePos, overwrite = false) {
    const k = keyOf(path);
    const entry = this.entries.get(k) ?? {};
    if (overwrite || entry[kind] === undefined) entry[kind] = pos;
    this.entries.set(k, entry);
  }

  has(path: readonly PathSegment[]): boolean {
    return this.entries.has(keyOf(path));
  }

  /**
   * The position for a problem at `path`: its value (or its key, for "unknown key" problems).
   * A path that is not in the document (a missing key) falls back to its nearest ancestor that
   * is: the `[table]` header, or the key that opens it.
   */
  locate(path: readonly PathSegment[], prefer: "value" | "key" = "value"): SourcePos | undefined {
    for (let n = path.length; n >= 1; n--) {
      const entry = this.entries.get(keyOf(path.slice(0, n)));
      if (!entry) continue;
      if (n === path.length) {
        return prefer === "key" ? (entry.key ?? entry.header ?? entry.value) : (entry.value ?? entry.header ?? entry.key);
      }
      return entry.header ?? entry.key ?? entry.value;
    }
    return undefined;
  }
}

const isBare = (c: string) => /[A-Za-z0-9_-]/.test(c);

/** Scans `source` (valid TOML) and returns where every key and value is. Never throws. */
export function locateToml(source: string): TomlLocations {
  const locations = new TomlLocations();
  try {
    new Scanner(source, locations).document();
  } catch {
    // Best effort: whatever was recorded before the scanner got confused is still right.
  }
  return locations;
}

class Scanner {
  private i = 0;
  private readonly lineStarts: number[] = [0];
  private readonly arrayTableCounts = new Map<string, number>();

  constructor(
    private readonly s: string,
    private readonly out: TomlLocations,
  ) {
    for (let k = 0; k < s.length; k++) if (s[k] === "\n") this.lineStarts.push(k + 1);
  }

  private pos(at = this.i): SourcePos {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - (this.lineStarts[lo] ?? 0) + 1 };
  }

  private get c(): string {
    return this.s[this.i] ?? "";
  }

  private startsWith(t: string) {
    return this.s.startsWith(t, this.i);
  }

  /** Spaces and tabs only. */
  private ws() {
    while (this.c === " " || this.c === "\t") this.i++;
  }

  /** Spaces, tabs, newlines and comments. */
  private wsAll() {
    for (;;) {
      const c = this.c;
      if (c === " " || c === "\t" || c === "\r" || c === "\n") this.i++;
      else if (c === "#") this.skipLine();
      else return;
    }
  }

  private skipLine() {
    while (this.i < this.s.length && this.c !== "\n") this.i++;
  }

  document() {
    let table: PathSegment[] = [];
    while (this.i < this.s.length) {
      const before = this.i;
      this.wsAll();
      if (this.i >= this.s.length) break;
      if (this.c === "[") {
        const at = this.pos();
        const isArrayTable = this.startsWith("[[");
        this.i += isArrayTable ? 2 : 1;
        this.ws();
        const key = this.key();
        this.recordAncestors(key, at);
        if (isArrayTable) {
          const k = keyOf(key);
          const index = this.arrayTableCounts.get(k) ?? 0;
          this.arrayTableCounts.set(k, index + 1);
          table = [...key, index];
          this.out.record(table, "header", at, true);
        } else {
          table = key;
          this.out.record(table, "header", at, true);
        }
        this.skipLine();
      } else {
        this.keyValue(table);
        this.ws();
        if (this.c === "#") this.skipLine();
      }
      if (this.i === before) this.i++; // never loop without progress
    }
  }

  /** A header `[a.b.c]` also defines `a` and `a.b` (implicitly) if nothing did before. */
  private recordAncestors(key: PathSegment[], at: SourcePos) {
    for (let n = 1; n < key.length; n++) this.out.record(key.slice(0, n), "header", at);
  }

  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.ws();
      parts.push(this.simpleKey());
      this.ws();
      if (this.c !== ".") return parts;
      this.i++;
    }
  }

  private simpleKey(): string {
    if (this.c === '"') return this.basicString();
    if (this.c === "'") return this.literalString();
    const start = this.i;
    while (isBare(this.c)) this.i++;
    if (this.i === start) throw new Error(`unexpected ${JSON.stringify(this.c)} in a key`);
    return this.s.slice(start, this.i);
  }

  private keyValue(base: readonly PathSegment[]) {
    const keyStart = this.pos();
    const key = this.key();
    const path = [...base, ...key];
    // `a.b.c = 1` defines the tables `a` and `a.b` at this key too.
    for (let n = base.length + 1; n < path.length; n++) this.out.record(path.slice(0, n), "key", keyStart);
    this.out.record(path, "key", keyStart, true);
    this.ws();
    if (this.c !== "=") throw new Error("expected =");
    this.i++;
    this.ws();
    this.value(path);
  }

  private value(path: readonly PathSegment[]) {
    const c = this.c;
    // A string's position is its first character inside the quotes: that is what is wrong.
    const delimiter = c === '"' || c === "'" ? (this.startsWith(c.repeat(3)) ? 3 : 1) : 0;
    this.out.record(path, "value", this.pos(this.i + delimiter), true);
    if (c === '"') {
      this.basicString();
    } else if (c === "'") {
      this.literalString();
    } else if (c === "[") {
      this.i++;
      let index = 0;
      for (;;) {
        this.wsAll();
        if (this.c === "]" || this.i >= this.s.length) break;
        this.value([...path, index]);
        index++;
        this.wsAll();
        if (this.c === ",") this.i++;
        else break;
      }
      this.wsAll();
      if (this.c === "]") this.i++;
    } else if (c === "{") {
      this.i++;
      for (;;) {
        this.wsAll();
        if (this.c === "}" || this.i >= this.s.length) break;
        this.keyValue(path);
        this.wsAll();
        if (this.c === ",") this.i++;
        else break;
      }
      this.wsAll();
      if (this.c === "}") this.i++;
    } else {
      // Numbers, booleans and dates ("1979-05-27 07:32:00" has a space in it).
      while (this.i < this.s.length && !/[,\]}\n#]/.test(this.c)) this.i++;
    }
  }

  /** Returns the decoded text of a "basic" string (escapes are decoded well enough for keys). */
  private basicString(): string {
    if (this.startsWith('"""')) {
      const end = this.s.indexOf('"""', this.i + 3);
      let close = end < 0 ? this.s.length : end;
      // Up to two quotes may sit right before the closing delimiter.
      while (this.s[close + 3] === '"') close++;
      const text = this.s.slice(this.i + 3, close);
      this.i = close + 3;
      return text;
    }
    const start = ++this.i;
    while (this.i < this.s.length && this.c !== '"' && this.c !== "\n") {
      if (this.c === "\\") this.i++;
      this.i++;
    }
    const raw = this.s.slice(start, this.i);
    this.i++;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  private literalString(): string {
    if (this.startsWith("'''")) {
      const end = this.s.indexOf("'''", this.i + 3);
      let close = end < 0 ? this.s.length : end;
      while (this.s[close + 3] === "'") close++;
      const text = this.s.slice(this.i + 3, close);
      this.i = close + 3;
      return text;
    }
    const start = ++this.i;
    while (this.i < this.s.length && this.c !== "'" && this.c !== "\n") this.i++;
    const text = this.s.slice(start, this.i);
    this.i++;
    return text;
  }
}
