import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const conversions = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.scale-conversion').map((c) => c.figures.map((f) => f.value));

describe('a figure restated at once at another scale', () => {
  it('finds a conversion that is not the amount rounded (`182,400千度（約1.84億度）`)', () => {
    const zh = (said: string) => `2023年本公司採購綠電182,400千度（約${said}億度），占總用電量的8.2%，較前一年倍增。`;
    expect(conversions(zh('1.84'))).toEqual([[182_400_000, 184_000_000]]);
    expect(conversions(zh('1.82'))).toEqual([]);
  });

  it('reads `, or about` and the currency of the second amount', () => {
    const en = (said: string) => `Capital investment for the year was £1,264.2m, or about £${said} billion, the largest in the group's history.`;
    expect(conversions(en('1.62'))).toEqual([[1_264.2e6, 1.62e9]]);
    expect(conversions(en('1.26'))).toEqual([]);
  });

  it('leaves a prior year in brackets and a figure of another unit alone', () => {
    expect(conversions('用水量36,480,200立方公尺（2022年：39,864,600立方公尺），營收新台幣1,286.4億元（約41.2億美元）。')).toEqual([]);
  });
});
