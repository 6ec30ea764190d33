import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { countsOccasions } from './occasions';

const times = (text: string) => {
  const start = text.search(/\d/);
  const end = text.indexOf('times') + 'times'.length;
  return countsOccasions(text, { unit: 'times', text: text.slice(start, end), start, end });
};

describe('English `times` after a number', () => {
  it('counts occasions where it neither compares nor multiplies a change', () => {
    expect(times('employees have participated for more than 6,700 times, accumulating 14,000 hours')).toBe(true);
  });

  it('is no Chinese multiple (倍 comes out in the unit `times` too)', () => {
    const text = '工作效率提高了 60 倍，还大大降低了农业用水量。';
    expect(countsOccasions(text, { unit: 'times', text: '60 倍', start: text.indexOf('60'), end: text.indexOf('倍') + 1 })).toBe(false);
  });

  it('is a multiple after `by` or `increased`, or before a comparison', () => {
    expect(times('increased working efficiency by 60 times.')).toBe(false);
    expect(times('a fraud loss rate 200 times lower than the industry average')).toBe(false);
    expect(times('revenue is 2.5 times that of 2015')).toBe(false);
  });

  it('is the count a translation says with 人次 (a turned qualifier between 近 6,700 人次 and more than 6,700 times)', () => {
    const page = (qualifier: string) =>
      [
        `2016 年间，员工共累计公益活动时间逾 1.4 万小时，有${qualifier} 6,700 员工人次参加。`,
        'In 2016, employees have participated in the community services for more than 6,700 times, accumulating more than 14,000 hours in total.',
      ].join('\n\n');
    const slips = (qualifier: string) => checksOf('consistency', ['voices.txt', page(qualifier)]).filter((c) => !c.holds);
    expect(slips('超过')).toEqual([]);
    expect(slips('近')).toMatchObject([{ rule: 'consistency.translation-qualifier', figures: [{ value: 6700 }, { value: 6700 }] }]);
  });
});
