// Where a CSV's bytes can be cut into parts that each begin a row: after a line break outside any
// quoted cell. Quotes and line breaks are ASCII, and no byte of a multi-byte UTF-8 character is, so
// the bytes are searched as they are, with no decoding.
import type { CsvDialect } from '../../../shared/export/audit-trail-read';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * For each of `targets` (ascending offsets), the first offset at or after it that begins a row, the
 * rows counted from `from`; fewer when the text ends first. A quote opens or closes a quoted cell (an
 * escaped `""` does both), which is how papaparse reads a well-formed CSV. A stray quote inside an
 * unquoted cell can make that guess wrong; the part before such a cut then ends inside a quoted cell,
 * which papaparse reports as malformed, and the caller reads the file whole instead.
 * Linear in the bytes: each quote and each line break is found once.
 */
export function rowStarts(bytes: Uint8Array, from: number, targets: readonly number[], newline: CsvDialect['newline']): number[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lineEnd = newline === '\r' ? CR : LF;
  const starts: number[] = [];
  let inside = false;
  let at = from; // every quote before `at` has been counted
  let quote = buffer.indexOf(QUOTE, at);
  let end = -1;
  for (const target of targets) {
    while (quote !== -1 && quote < target) {
      inside = !inside;
      quote = buffer.indexOf(QUOTE, quote + 1);
    }
    at = Math.max(at, target);
    for (;;) {
      if (end < at) end = buffer.indexOf(lineEnd, at);
      if (end === -1) return starts;
      if (quote !== -1 && quote < end) {
        inside = !inside;
        at = quote + 1;
        quote = buffer.indexOf(QUOTE, at);
        continue;
      }
      at = end + 1;
      if (!inside && (newline !== '\r\n' || buffer[end - 1] === CR)) break;
    }
    starts.push(at);
  }
  return starts;
}
