import type { PageBox } from '../../../shared/domain/figure';

/**
 * Where each character of a PDF's text stands, kept compactly for long reports: per character the
 * line fragment it belongs to and its horizontal extent; per fragment its page and vertical extent.
 * Characters the reader added (line breaks, tabs) belong to no fragment.
 */
export class GlyphIndex {
  private fragmentOf = new Int32Array(1024);
  private left = new Float32Array(1024);
  private right = new Float32Array(1024);
  private length = 0;

  private pageOf = new Int32Array(256);
  private top = new Float32Array(256);
  private bottom = new Float32Array(256);
  private fragments = 0;

  /** Registers a line fragment and returns its id. */
  addFragment(page: number, top: number, bottom: number): number {
    if (this.fragments === this.pageOf.length) {
      this.pageOf = grown(this.pageOf);
      this.top = grown(this.top);
      this.bottom = grown(this.bottom);
    }
    this.pageOf[this.fragments] = page;
    this.top[this.fragments] = top;
    this.bottom[this.fragments] = bottom;
    return this.fragments++;
  }

  /** Records the next character of the text: in `fragment` (-1 for none) from `x0` to `x1`. */
  addChar(fragment: number, x0: number, x1: number): void {
    if (this.length === this.fragmentOf.length) {
      this.fragmentOf = grown(this.fragmentOf);
      this.left = grown(this.left);
      this.right = grown(this.right);
    }
    this.fragmentOf[this.length] = fragment;
    this.left[this.length] = x0;
    this.right[this.length] = x1;
    this.length++;
  }

  /** Appends `other`'s fragments and characters after this index's own (a page laid out on its own). */
  append(other: GlyphIndex): void {
    const firstFragment = this.fragments;
    while (this.pageOf.length < this.fragments + other.fragments) {
      this.pageOf = grown(this.pageOf);
      this.top = grown(this.top);
      this.bottom = grown(this.bottom);
    }
    this.pageOf.set(other.pageOf.subarray(0, other.fragments), this.fragments);
    this.top.set(other.top.subarray(0, other.fragments), this.fragments);
    this.bottom.set(other.bottom.subarray(0, other.fragments), this.fragments);
    this.fragments += other.fragments;
    while (this.fragmentOf.length < this.length + other.length) {
      this.fragmentOf = grown(this.fragmentOf);
      this.left = grown(this.left);
      this.right = grown(this.right);
    }
    for (let offset = 0; offset < other.length; offset++) {
      const fragment = other.fragmentOf[offset]!;
      this.fragmentOf[this.length + offset] = fragment < 0 ? fragment : firstFragment + fragment;
    }
    this.left.set(other.left.subarray(0, other.length), this.length);
    this.right.set(other.right.subarray(0, other.length), this.length);
    this.length += other.length;
  }

  /** Forgets the characters from `length` on (trailing white space the reader trimmed). */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  get size(): number {
    return this.length;
  }

  /**
   * The boxes of the characters `[start, end)`, one per line fragment, on the page of the first
   * located character (a range running onto the next page is cut at the page break).
   */
  locate(start: number, end: number): { page: number; boxes: PageBox[] } | undefined {
    const last = Math.min(end, this.length);
    let page = -1;
    const boxes: PageBox[] = [];
    let current = -1;
    let x0 = 0;
    let x1 = 0;
    const flush = (): void => {
      if (current < 0) return;
      const top = this.top[current]!;
      boxes.push({ x: x0, y: top, width: x1 - x0, height: this.bottom[current]! - top });
    };
    for (let offset = Math.max(0, start); offset < last; offset++) {
      const fragment = this.fragmentOf[offset]!;
      if (fragment < 0) continue;
      if (page < 0) page = this.pageOf[fragment]!;
      else if (this.pageOf[fragment] !== page) break;
      if (fragment !== current) {
        flush();
        current = fragment;
        x0 = this.left[offset]!;
        x1 = this.right[offset]!;
      } else {
        x0 = Math.min(x0, this.left[offset]!);
        x1 = Math.max(x1, this.right[offset]!);
      }
    }
    flush();
    return page < 0 ? undefined : { page, boxes };
  }
}

function grown<T extends Int32Array | Float32Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
