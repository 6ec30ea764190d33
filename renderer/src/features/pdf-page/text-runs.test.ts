import { describe, expect, it } from 'vitest';
import { mergeTextRuns } from './text-runs';
import type { TextRunItem } from './text-runs';

const run = (str: string, x: number, width: number, extra: Partial<TextRunItem> = {}): TextRunItem => ({
  str,
  dir: 'ltr',
  transform: [10, 0, 0, 10, x, 700],
  width,
  height: 10,
  fontName: 'f1',
  hasEOL: false,
  ...extra,
});

describe('mergeTextRuns', () => {
  it('joins glyphs placed one by one on a line into one run spanning them all', () => {
    const merged = mergeTextRuns([run('阿', 50, 10), run('里', 60, 10), run('巴巴', 70, 20)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ str: '阿里巴巴', width: 40, transform: [10, 0, 0, 10, 50, 700] });
  });

  it('joins glyphs spread over fonts the text layer styles alike (Skia’s Type 3 subsets)', () => {
    const styles = {
      f1: { fontFamily: 'sans-serif', ascent: Number.NaN, descent: Number.NaN },
      f2: { fontFamily: 'sans-serif', ascent: Number.NaN, descent: Number.NaN },
      f3: { fontFamily: 'serif', ascent: 0.9, descent: -0.2 },
    };
    const items = [run('超', 50, 10, { fontName: 'f1' }), run('过', 60, 10, { fontName: 'f2' }), run('220', 70, 15, { fontName: 'f3' })];
    expect(mergeTextRuns(items, styles).map((item) => item.str)).toEqual(['超过', '220']);
  });

  it('keeps runs apart across a visible gap, a font change or another baseline', () => {
    expect(mergeTextRuns([run('a', 50, 10), run('b', 65, 10)])).toHaveLength(2);
    expect(mergeTextRuns([run('a', 50, 10), run('b', 60, 10, { fontName: 'f2' })])).toHaveLength(2);
    expect(mergeTextRuns([run('a', 50, 10), run('b', 60, 10, { transform: [10, 0, 0, 10, 60, 688] })])).toHaveLength(2);
  });

  it('ends a run at a line end and carries the line end to the merged run', () => {
    const merged = mergeTextRuns([run('a', 50, 10), run('b', 60, 10, { hasEOL: true }), run('c', 70, 10)]);
    expect(merged.map((item) => [item.str, item.hasEOL])).toEqual([
      ['ab', true],
      ['c', false],
    ]);
  });

  it('leaves rotated and right-to-left text alone', () => {
    const rotated = { transform: [0, 10, -10, 0, 50, 700] };
    expect(mergeTextRuns([run('a', 50, 10, rotated), run('b', 60, 10, rotated)])).toHaveLength(2);
    expect(mergeTextRuns([run('א', 50, 10, { dir: 'rtl' }), run('ב', 60, 10, { dir: 'rtl' })])).toHaveLength(2);
  });

  it('does not stretch a run over the wide space pdf.js puts between table cells', () => {
    const merged = mergeTextRuns([run('users', 50, 25), run(' ', 75, 300), run('768', 375, 15), run(' ', 390, 60)]);
    expect(merged.map((item) => [item.str, item.width])).toEqual([
      ['users', 25],
      [' ', 300],
      ['768', 15],
      [' ', 60],
    ]);
  });

  it('keeps the same text in the same order', () => {
    const items = [run('- ', 50, 8), run('2022', 58, 20), run('财', 78, 10), run('年', 88, 10), run('x', 200, 5)];
    expect(mergeTextRuns(items).map((item) => item.str).join('')).toBe('- 2022财年x');
  });
});
