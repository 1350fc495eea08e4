/**
 * Positions in SQL text. libpg-query reports statement and node locations as UTF-8 byte offsets
 * and syntax-error cursors as 0-based character offsets; problems want 1-based line and column
 * in characters.
 */
export class SqlText {
  private readonly bytes: Buffer;
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, "utf8");
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") this.lineStarts.push(i + 1);
  }

  /** Character index of a byte offset. */
  charIndexOfByte(byteOffset: number): number {
    if (byteOffset <= 0) return 0;
    return this.bytes.subarray(0, Math.min(byteOffset, this.bytes.length)).toString("utf8").length;
  }

  /** The first character of the statement, past whitespace and comments. */
  skipTrivia(charIndex: number): number {
    let i = charIndex;
    const s = this.text;
    for (;;) {
      while (i < s.length && /\s/.test(s[i] ?? "")) i++;
      if (s.startsWith("--", i)) {
        while (i < s.length && s[i] !== "\n") i++;
      } else if (s.startsWith("/*", i)) {
        const end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length : end + 2;
      } else {
        return i;
      }
    }
  }

  lineColumn(charIndex: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charIndex) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charIndex - (this.lineStarts[lo] ?? 0) + 1 };
  }
}
