// Stripe's request encoding: `application/x-www-form-urlencoded` with bracketed nesting
// (`line_items[0][price_data][unit_amount]=2000`, `expand[]=line_items`), as the SDK's own
// stringifier produces and curl users type. Parsed into plain objects and arrays, then read
// through `Params`, which names the offending parameter the way Stripe does in its errors.
import { invalidParam, missingParam } from "./errors";

export type FormValue = string | FormObject | FormValue[];
export type FormObject = { [key: string]: FormValue };

/** Splits `a[b][0][]` into `["a", "b", "0", ""]`. */
function splitKey(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key.slice(open))) !== null) parts.push(m[1] ?? "");
  return parts;
}

function assign(root: FormObject, path: string[], value: string): void {
  let node: FormObject = root;
  for (let i = 0; i < path.length; i++) {
    let seg = path[i] ?? "";
    // `x[]` appends: give the element the next free index.
    if (seg === "") seg = String(Object.keys(node).length);
    if (i === path.length - 1) {
      node[seg] = value;
      return;
    }
    const next = node[seg];
    if (typeof next === "object" && !Array.isArray(next)) {
      node = next;
    } else {
      const created: FormObject = {};
      node[seg] = created;
      node = created;
    }
  }
}

/** Objects keyed 0..n-1 become arrays, except metadata, whose keys are the caller's own. */
function normalize(value: FormValue, key: string): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const out: FormObject = {};
  for (const k of keys) out[k] = normalize(value[k] ?? "", k);
  if (key !== "metadata" && keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((n) => out[String(n)] ?? "");
  }
  return out;
}

export function parseForm(body: string | URLSearchParams): FormObject {
  const params = typeof body === "string" ? new URLSearchParams(body) : body;
  const root: FormObject = {};
  for (const [key, value] of params) assign(root, splitKey(key), value);
  return normalize(root, "") as FormObject;
}

/** Typed, error-reporting access to one level of parsed parameters. */
export class Params {
  constructor(
    readonly data: FormObject,
    readonly prefix = "",
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return this.data[key] !== undefined;
  }

  /** Explicitly sent as an empty string, Stripe's way of unsetting an optional field. */
  isEmpty(key: string): boolean {
    return this.data[key] === "";
  }

  str(key: string): string | undefined {
    const v = this.data[key];
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw invalidParam(this.name(key), `Invalid string: ${this.name(key)} must be a string.`);
    return v;
  }

  reqStr(key: string): string {
    const v = this.str(key);
    if (v === undefined || v === "") throw missingParam(this.name(key));
    return v;
  }

  int(key: string): number | undefined {
    const v = this.str(key);
    if (v === undefined || v === "") return undefined;
    if (!/^-?\d+$/.test(v)) throw invalidParam(this.name(key), `Invalid integer: ${v}`, "parameter_invalid_integer");
    return Number(v);
  }

  reqInt(key: string): number {
    const v = this.int(key);
    if (v === undefined) throw missingParam(this.name(key));
    return v;
  }

  num(key: string): number | undefined {
    const v = this.str(key);
    if (v === undefined || v === "") return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) throw invalidParam(this.name(key), `Invalid decimal: ${v}`);
    return n;
  }

  bool(key: string): boolean | undefined {
    const v = this.str(key);
    if (v === undefined || v === "") return undefined;
    if (v === "true") return true;
    if (v === "false") return false;
    throw invalidParam(this.name(key), `Invalid boolean: ${v}`);
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const v = this.str(key);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      throw invalidParam(this.name(key), `Invalid ${this.name(key)}: must be one of ${allowed.join(", ")}`);
    }
    return v as T;
  }

  obj(key: string): Params | undefined {
    const v = this.data[key];
    if (v === undefined || v === "") return undefined;
    if (typeof v !== "object" || Array.isArray(v)) throw invalidParam(this.name(key), `Invalid object: ${this.name(key)} must be a hash.`);
    return new Params(v, this.name(key));
  }

  /** An array of hashes (`line_items[0][price]=…`). */
  list(key: string): Params[] {
    const v = this.data[key];
    if (v === undefined || v === "") return [];
    const items = Array.isArray(v) ? v : [v];
    return items.map((item, i) => {
      if (typeof item !== "object" || Array.isArray(item)) throw invalidParam(`${this.name(key)}[${i}]`, `Invalid hash: ${this.name(key)}[${i}]`);
      return new Params(item, `${this.name(key)}[${i}]`);
    });
  }

  /** An array of strings (`expand[]=a&expand[]=b`, or a lone `expand=a`). */
  strList(key: string): string[] {
    const v = this.data[key];
    if (v === undefined || v === "") return [];
    const items = Array.isArray(v) ? v : [v];
    return items.map((item, i) => {
      if (typeof item !== "string") throw invalidParam(`${this.name(key)}[${i}]`, `Invalid string: ${this.name(key)}[${i}]`);
      return item;
    });
  }

  /** Stripe metadata: strings only, keys up to 40 chars, values up to 500, at most 50 keys. */
  metadata(key = "metadata"): Record<string, string> | undefined {
    const v = this.data[key];
    if (v === undefined) return undefined;
    if (v === "") return {};
    if (typeof v !== "object" || Array.isArray(v)) throw invalidParam(this.name(key), `Invalid hash: ${this.name(key)}`);
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(v)) {
      if (typeof val !== "string") throw invalidParam(`${this.name(key)}[${k}]`, `Invalid string: ${this.name(key)}[${k}]`);
      if (k.length > 40) throw invalidParam(`${this.name(key)}[${k}]`, `Metadata keys can be at most 40 characters.`);
      if (val.length > 500) throw invalidParam(`${this.name(key)}[${k}]`, `Metadata values can be at most 500 characters.`);
      out[k] = val;
    }
    if (Object.keys(out).length > 50) throw invalidParam(this.name(key), "Metadata can have at most 50 keys.");
    return out;
  }
}

/** Stripe's metadata update rule: keys merge, an empty value removes its key, `metadata=` clears all. */
export function mergeMetadata(current: Record<string, string>, update: Record<string, string> | undefined, clear: boolean): Record<string, string> {
  if (clear) return {};
  if (!update) return current;
  const out = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === "") delete out[k];
    else out[k] = v;
  }
  return out;
}
