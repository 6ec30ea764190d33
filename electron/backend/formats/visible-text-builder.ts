// The text a browser would lay out for HTML's text nodes: html.ts walks the tree and tells it
// what each node shows.

/**
 * Builds visible text the way a browser lays it out: runs of white space in ordinary text collapse
 * to one space, no space at the start or end of a line, block boundaries become line breaks (the
 * largest one asked for between two pieces of text wins), and nothing is added before the first text.
 */
export class VisibleTextBuilder {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private pendingSpace = false;
  private atLineStart = true;
  private trailingNewlines = 0;
  private hasText = false;

  inline(raw: string): void {
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (collapsed.length === 0) return;
    const body = collapsed.trim();
    if (collapsed.startsWith(' ')) this.pendingSpace = true;
    if (body.length > 0) {
      this.emitText(body);
      if (collapsed.endsWith(' ')) this.pendingSpace = true;
    }
  }

  preformatted(raw: string): void {
    if (raw.length > 0) this.emitText(raw);
  }

  /** A collapsible space: written only between two pieces of text on the same line. */
  space(): void {
    this.pendingSpace = true;
  }

  /** At least `count` line breaks before the next text (none before the first). */
  lineBreak(count: number): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, count);
  }

  /** A `<br>`: a line break that is always written, except before the first text. */
  hardBreak(): void {
    if (!this.hasText) return;
    this.flushBreaks();
    this.append('\n');
  }

  cellSeparator(): void {
    this.flushBreaks();
    this.append('\t');
  }

  toString(): string {
    return this.parts.join('');
  }

  private emitText(text: string): void {
    this.flushBreaks();
    if (this.pendingSpace && !this.atLineStart) this.append(' ');
    this.pendingSpace = false;
    this.append(text);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.hasText) {
      const missing = this.pendingBreaks - this.trailingNewlines;
      if (missing > 0) this.append('\n'.repeat(missing));
      this.pendingSpace = false;
    }
    this.pendingBreaks = 0;
  }

  private append(text: string): void {
    this.parts.push(text);
    this.hasText = true;
    const last = text.at(-1);
    this.atLineStart = last === '\n' || last === '\t';
    const newlines = trailingNewlines(text);
    this.trailingNewlines = newlines === text.length ? this.trailingNewlines + newlines : newlines;
    if (this.atLineStart) this.pendingSpace = false;
  }
}

/** How many `\n` end `text` (counted from the end: a regex anchored at `$` retries from every position). */
function trailingNewlines(text: string): number {
  let k = text.length;
  while (k > 0 && text.charCodeAt(k - 1) === 0x0a) k--;
  return text.length - k;
}
