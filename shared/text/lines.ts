import { lowerBound } from './lower-bound';

/** The offset of each line's first character in `text`, for turning offsets into line numbers. */
export function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** The 1-based line on which `offset` stands: how many lines start at or before it. */
export function lineAt(starts: Uint32Array, offset: number): number {
  return lowerBound(starts, offset + 1);
}
