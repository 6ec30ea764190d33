/**
 * A find hit shown in the source view the way a figure is: one more marked span in the window's
 * segments (segmentWindow), the selected one, so it is highlighted and scrolled to even where it
 * overlaps a figure.
 */
import type { Span } from '../../../../shared/domain/figure';
import type { MarkedFigure } from '../source-view/source-window';

export const FIND_HIT_ID = 'find-hit';

/** `figures` (sorted by start) with `hit` in its place among them; `figures` itself when there is no hit. */
export function withHit<T extends MarkedFigure>(figures: readonly T[], hit: Span | null): readonly MarkedFigure[] {
  if (!hit) return figures;
  const marked: MarkedFigure = { id: FIND_HIT_ID, start: hit.start, end: hit.end, status: 'open' };
  const at = figures.findIndex((figure) => figure.start > hit.start);
  return at < 0 ? [...figures, marked] : [...figures.slice(0, at), marked, ...figures.slice(at)];
}
