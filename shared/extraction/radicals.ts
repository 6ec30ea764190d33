import { NORM } from './normalize';

// PDF text extraction often writes an ideograph twice: once as the Kangxi radical or CJK radical
// supplement glyph the font drew (U+2F00–U+2FDF, U+2E80–U+2EFF) and once as the ideograph its
// ToUnicode map gives (`⼀一亿元`, `⼈人数`). A lone radical already reads as its ideograph
// (normalize.ts); a doubled one is dropped before scanning, and spans are mapped back so the
// figure covers both characters in the original text.

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/;

/** A dropped radical belongs to the character it doubles: only that character's span takes it in. */
const DOUBLES_NEXT = 1;
const DOUBLES_PREVIOUS = 2;

const isRadical = (c: number): boolean => (c >= 0x2e80 && c <= 0x2eff) || (c >= 0x2f00 && c <= 0x2fdf);

/** The text without doubled radicals, and where each of its characters was in the original. */
export interface Undoubled {
  text: string;
  /** Start of a span in the original text: the span takes in a radical doubling its first character. */
  startIn(i: number): number;
  /** End of a span in the original text: the span takes in a radical doubling its last character. */
  endIn(i: number): number;
}

/** `null` when the text has no doubled radical (the common case: one native regex test). */
export function undoubleRadicals(text: string): Undoubled | null {
  if (!RADICALS.test(text)) return null;
  const n = text.length;
  const drop = new Uint8Array(n);
  let dropped = 0;
  for (let i = 0; i + 1 < n; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isRadical(a) && NORM[a] === b) drop[i] = DOUBLES_NEXT;
    else if (isRadical(b) && NORM[b] === a) drop[++i] = DOUBLES_PREVIOUS;
    else continue;
    dropped++;
  }
  if (dropped === 0) return null;
  const kept = new Int32Array(n - dropped + 1);
  let out = '';
  let k = 0;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    if (drop[i]) {
      out += text.slice(runStart, i);
      runStart = i + 1;
      continue;
    }
    kept[k++] = i;
  }
  out += text.slice(runStart);
  kept[k] = n;
  return {
    text: out,
    startIn: (i) => (kept[i]! > 0 && drop[kept[i]! - 1] === DOUBLES_NEXT ? kept[i]! - 1 : kept[i]!),
    endIn: (i) => {
      if (i === 0) return 0;
      const last = kept[i - 1]!;
      return last + 1 < n && drop[last + 1] === DOUBLES_PREVIOUS ? last + 2 : last + 1;
    },
  };
}
