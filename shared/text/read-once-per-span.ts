/**
 * `read` kept for the span it last read: the figures of a line or a sentence are asked about one
 * after another, rule after rule, so what their span says is read once. One entry only, keyed by the
 * text itself and the span's ends: an answer never outlives its span, and no text's reading is kept
 * past the next text's.
 */
export function readOncePerSpan<T>(read: (text: string, start: number, end: number) => T): (text: string, start: number, end: number) => T {
  let lastText: string | undefined;
  let lastStart = -1;
  let lastEnd = -1;
  let last: T;
  return (text, start, end) => {
    if (text !== lastText || start !== lastStart || end !== lastEnd) {
      last = read(text, start, end);
      lastText = text;
      lastStart = start;
      lastEnd = end;
    }
    return last;
  };
}
