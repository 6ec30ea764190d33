import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)]);

describe('a Chinese share, the year before\'s, then a rate in per cent', () => {
  it('is the levels\' points said as a per cent, checked as the per cent it says (`占比为42.5%，较上年的39.0%上升3.5%`)', () => {
    expect(changes('2024年可再生能源电力占外购电力的比例为42.5%，较上年的39.0%上升3.5%。')).toEqual([[false, [39.0, 42.5, 3.5]]]);
  });
  it('a rate that is the levels\' change as a per cent, or said in points, is no slip (`提高11.5%`, `提高0.7个百分点`)', () => {
    expect(changes('研发投入占营业收入的6.8%，较上年的6.1%提高11.5%。').filter(([holds]) => !holds)).toEqual([]);
    expect(changes('研发投入占营业收入的6.8%，较上年的6.1%提高0.7个百分点。').filter(([holds]) => !holds)).toEqual([]);
  });
});
