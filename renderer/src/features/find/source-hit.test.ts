import { describe, expect, it } from 'vitest';
import { segmentWindow, type MarkedFigure } from '../source-view/source-window';
import { FIND_HIT_ID, withHit } from './source-hit';

const figure = (id: string, start: number, end: number): MarkedFigure => ({ id, start, end, status: 'open' });

describe('a find hit in the source view', () => {
  const figures = [figure('a', 2, 4), figure('b', 10, 14)];

  it('is marked as the selected span, the figures around it still marked', () => {
    const segments = segmentWindow({ start: 0, end: 20 }, withHit(figures, { start: 6, end: 8 }), FIND_HIT_ID);
    expect(segments.filter((s) => s.figure).map((s) => s.figure!.id)).toEqual(['a', FIND_HIT_ID, 'b']);
    expect(segments.find((s) => s.figure?.id === FIND_HIT_ID)).toMatchObject({ start: 6, end: 8 });
  });

  it('wins over a figure it overlaps', () => {
    const segments = segmentWindow({ start: 0, end: 20 }, withHit(figures, { start: 11, end: 13 }), FIND_HIT_ID);
    expect(segments.filter((s) => s.figure).map((s) => s.figure!.id)).toEqual(['a', FIND_HIT_ID]);
  });

  it('leaves the figures alone when there is no hit', () => {
    expect(withHit(figures, null)).toBe(figures);
  });
});
