import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Parts counted against a whole just named, and shares and earlier values a page's layout breaks up.

const figs = (text: string): Array<[string, number, string, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe('a part or a share laid over lines', () => {
  it('reads a part of the whole the clause before counted (412 of them)', () => {
    expect(figs('1,120 nurses recruited, 412 of them from overseas')).toEqual([
      ['1,120', 1120, 'nurses', 'exact'],
      // and counts what the whole counted (referred-noun.ts)
      ['412', 412, 'nurses', 'exact'],
    ]);
    expect(figs('by 2022, 57 stores were using it, 17 of them added this year')).toHaveLength(2);
    // without the comma of a clause just closed, no whole is named
    expect(figs('Of them 412 came')).toEqual([]);
  });
  it('reads a share whose line breaks after in (9 in⏎10)', () => {
    expect(figs('Around 9 in\n10 customers rated our service good')).toEqual([['9 in\n10', 90, '%', 'about']]);
    expect(figs('3 in every\n10 sites')).toEqual([['3 in every\n10', 30, '%', 'exact']]);
  });
  it("takes millions for an earlier value's glued m past another column's decimal", () => {
    const page = '  1.42 million                       98.1%\n  outpatient appointments (2022/23: 1.31m)\n';
    expect(figs(page).map((f) => f[1])).toEqual([1420000, 98.1, 1310000]);
    expect(figs('the mast is 3.2m tall (2022: 3.1m)')).toEqual([]);
  });
});
