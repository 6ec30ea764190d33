import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// "A figure said as the earlier value of a comparison is the year before's": `较上年末的12.5亿件` is last year's
// parcels, no transposition slip of this year's 15.2亿件, even where both sentences open with this year's date.

const pairs = (text: string) => checksOf('consistency', text).map((c) => c.figures.map((f) => f.value).join(' / '));

describe("an earlier value of a comparison against this year's figure with swapped digits", () => {
  it('leaves `较上年末的12.5亿件` beside a dated `2023年 … 15.2亿件`', () => {
    const text = [
      '2023年，集团包裹投递量达到15.2亿件，其中跨境包裹2.6亿件，服务网点覆盖全国所有地级市。',
      '截至2023年底，集团全年投递包裹较上年末的12.5亿件大幅增长，日均投递量再创新高。',
    ].join('\n\n');
    expect(pairs(text)).toEqual([]);
  });

  it('still pairs two figures of this year whose digits are swapped', () => {
    const text = [
      '2023年，集团包裹投递量达到15.2亿件，其中跨境包裹2.6亿件，服务网点覆盖全国所有地级市。',
      '截至2023年底，集团全年包裹投递量12.5亿件，日均投递量再创新高。',
    ].join('\n\n');
    expect(pairs(text)).toEqual(['1520000000 / 1250000000']);
  });
});
