import { describe, expect, it } from 'vitest';
import { coversComfortably, figuresInWindow, segmentWindow, textWindow } from './source-window';

describe('the source view’s window of text', () => {
  const text = Array.from({ length: 400 }, (_, i) => `Line ${i} says 1${i}% of something.`).join('\n');

  it('shows a bounded window around the figure, starting and ending at line breaks', () => {
    const focus = { start: 6000, end: 6004 };
    const window = textWindow(text, focus, 1000);
    expect(window.start).toBeGreaterThanOrEqual(5000 - 300);
    expect(window.end).toBeLessThanOrEqual(7004);
    expect(text[window.start - 1]).toBe('\n');
    expect(text[window.end]).toBe('\n');
    expect(window.start <= focus.start && focus.end <= window.end).toBe(true);
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = '🌱'.repeat(5000);
    const window = textWindow(emoji, { start: 5000, end: 5002 }, 1001);
    expect(emoji.slice(window.start, window.end)).toMatch(/^(🌱)+$/u);
  });

  it('keeps its place while the figure has room on both sides', () => {
    const window = { start: 1000, end: 7000 };
    expect(coversComfortably(window, { start: 4000, end: 4005 }, 10_000)).toBe(true);
    expect(coversComfortably(window, { start: 6900, end: 6905 }, 10_000)).toBe(false);
    expect(coversComfortably({ start: 0, end: 7000 }, { start: 10, end: 15 }, 10_000)).toBe(true);
  });

  it('cuts the window into text and figures, the selected figure winning an overlap', () => {
    const figures = [
      { id: 'a', status: 'open' as const, start: 10, end: 14 },
      { id: 'b', status: 'confirmed' as const, start: 12, end: 20 },
      { id: 'c', status: 'open' as const, start: 30, end: 35 },
    ];
    expect(segmentWindow({ start: 0, end: 40 }, figures, 'b')).toEqual([
      { start: 0, end: 12 },
      { start: 12, end: 20, figure: figures[1] },
      { start: 20, end: 30 },
      { start: 30, end: 35, figure: figures[2] },
      { start: 35, end: 40 },
    ]);
    expect(segmentWindow({ start: 0, end: 40 }, figures, null).filter((s) => s.figure).map((s) => s.figure!.id)).toEqual(['a', 'c']);
  });

  it('finds the figures inside a window by their start', () => {
    const sorted = [0, 5, 10, 15, 20].map((start) => ({ start, end: start + 2 }));
    expect(figuresInWindow(sorted, { start: 5, end: 16 }).map((f) => f.start)).toEqual([5, 10, 15]);
  });
});
