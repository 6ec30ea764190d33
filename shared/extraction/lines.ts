// The line around a candidate, looked for only as far as the caller cares: a rule about short
// lines (a heading, a table row) never needs more, and an unbounded look from every candidate on
// one long line would make extraction quadratic. Lines end at `\n`.

/** Start of the line holding `i`, or -1 when it lies more than `max` characters before `i`. */
export function lineStartWithin(text: string, i: number, max: number): number {
  const lowest = i - max - 1; // a `\n` here still starts the line `max` characters back
  const from = Math.max(0, lowest);
  for (let k = Math.min(i, text.length) - 1; k >= from; k--) if (text.charCodeAt(k) === 0x0a) return k + 1;
  return lowest < 0 ? 0 : -1;
}

/** End of the line holding `i` (its `\n`, or the text's length), or -1 when it lies more than `max` characters after `i`. */
export function lineEndWithin(text: string, i: number, max: number): number {
  const highest = i + max;
  for (let k = i; k <= Math.min(text.length - 1, highest); k++) if (text.charCodeAt(k) === 0x0a) return k;
  return text.length <= highest ? text.length : -1;
}
