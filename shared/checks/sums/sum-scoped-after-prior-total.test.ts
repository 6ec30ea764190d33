import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// this year's total, last year's it is compared with, then the scopes its sentence breaks this year's into
const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.scoped-parts').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('scopes said after last year\'s total in its sentence are this year\'s total\'s parts', () => {
  it('adds `较上年的…增长…，其中范围一…、范围二…` up to this year\'s total, not last year\'s', () => {
    const text = '2024年，公司温室气体排放总量18,460吨二氧化碳当量，较上年的17,920吨增长3.0%，其中范围一排放2,140吨、范围二排放16,320吨。';
    expect(sums(text)).toEqual([[true, [18_460, 2_140, 16_320]]]);
  });

  it('never adds `down … from …: Scope 1 … and Scope 2 …` up to last year\'s total', () => {
    const text = 'Our emissions were 9,840 tCO2e in 2024, down 2.6% from 10,102 tCO2e: Scope 1 was 3,210 tCO2e and Scope 2 6,630 tCO2e.';
    expect(sums(text).filter(([, values]) => (values as number[]).includes(10_102))).toEqual([]);
  });
});
