import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.restated-per-tonne' || c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a paper mill: the rate follows last year's steam in a sentence of this year's, `or` joining it to the whole sentence
const report = (perTonne: string) => `Energy. Steam use was 212,400 GJ in 2024, down 4.1% from 221,500 GJ, or ${perTonne} GJ per tonne of paper.

Key figures                       2024          2023
Paper produced (tonnes)        118,000       112,600
`;

describe('a rate said per tonne just after the year before\'s amount', () => {
  it("is worked over its sentence's amount of the year, not last year's (212,400 GJ over 118,000 tonnes is 1.80)", () => {
    expect(rates(report('1.80'))).toEqual([[true, [212_400, 118_000, 1.8]]]);
  });

  it("is a mismatch when it comes out over last year's amount instead (221,500 GJ over 118,000 tonnes is 1.88)", () => {
    expect(rates(report('1.88'))).toEqual([[false, [212_400, 118_000, 1.88]]]);
  });
});
