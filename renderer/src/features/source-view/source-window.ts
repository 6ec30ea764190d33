import type { Span } from '../../../../shared/domain/figure';
import type { FigureStatus } from '../../../../shared/domain/verdict';

/** How much text the source view shows on each side of the figure: a few screens, not the whole report. */
export const CONTEXT_CHARS = 3000;
/** A window edge moves to a line break when one is this close, so the text starts on a line. */
const SNAP_CHARS = 300;

/** The part of `text` to show around `focus`: at most `radius` characters on each side, cut at line breaks where one is near. */
export function textWindow(text: string, focus: Span, radius = CONTEXT_CHARS): Span {
  let start = Math.max(0, focus.start - radius);
  let end = Math.min(text.length, focus.end + radius);
  if (start > 0) {
    const lineStart = text.indexOf('\n', start) + 1;
    if (lineStart > 0 && lineStart <= focus.start && lineStart - start <= SNAP_CHARS) start = lineStart;
    else if (isLowSurrogate(text, start)) start++;
  }
  if (end < text.length) {
    const lineEnd = text.lastIndexOf('\n', end);
    if (lineEnd >= focus.end && end - lineEnd <= SNAP_CHARS) end = lineEnd;
    else if (isLowSurrogate(text, end)) end--;
  }
  return { start, end };
}

/** Whether `window` shows `focus` with a screenful of context on both sides (or up to the text's edge). */
export function coversComfortably(window: Span, focus: Span, textLength: number, margin = CONTEXT_CHARS / 3): boolean {
  const roomBefore = window.start === 0 || focus.start - window.start >= margin;
  const roomAfter = window.end === textLength || window.end - focus.end >= margin;
  return focus.start >= window.start && focus.end <= window.end && roomBefore && roomAfter;
}

const isLowSurrogate = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
};

export interface MarkedFigure extends Span {
  id: string;
  status: FigureStatus;
}

/** A run of the window's text: plain, or a figure. `start` is the document offset the DOM carries. */
export interface Segment extends Span {
  figure?: MarkedFigure;
}

/**
 * Cut `window` into plain runs and figures. `figures` are sorted by start; one overlapping the
 * figure before it is left unmarked, unless it is the selected one, which always shows.
 */
export function segmentWindow(window: Span, figures: readonly MarkedFigure[], selectedId: string | null): Segment[] {
  const marked: MarkedFigure[] = [];
  for (const figure of figures) {
    if (figure.start < window.start || figure.end > window.end || figure.end <= figure.start) continue;
    const last = marked.at(-1);
    if (last && figure.start < last.end) {
      if (figure.id === selectedId) marked[marked.length - 1] = figure;
      continue;
    }
    marked.push(figure);
  }
  const segments: Segment[] = [];
  let cursor = window.start;
  for (const figure of marked) {
    if (figure.start > cursor) segments.push({ start: cursor, end: figure.start });
    segments.push({ start: figure.start, end: figure.end, figure });
    cursor = figure.end;
  }
  if (cursor < window.end) segments.push({ start: cursor, end: window.end });
  return segments;
}

/** The figures of one document whose span falls in `window`, by binary search over figures sorted by start. */
export function figuresInWindow<T extends Span>(sorted: readonly T[], window: Span): T[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.start < window.start) low = mid + 1;
    else high = mid;
  }
  const inside: T[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.start < window.end; i++) inside.push(sorted[i]!);
  return inside;
}
