// JavaScript's `\s` asked of a character code, for scans that read a text by codes rather than
// test a one-character string against a pattern (which allocates the string).

/** Whether the code is one of JavaScript's `\s` (NaN, past a text's end, is none). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
