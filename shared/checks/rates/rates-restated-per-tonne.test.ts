import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.restated-per-tonne' || c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an amount said again at once per tonne of output', () => {
  // a steelmaker: the output said in the letter and in its key figures, the water said as an amount and per tonne
  const report = (perTonne: string) => `In 2024 we shipped 12.36 million tonnes of steel.

Water. We withdrew 41.2 million m³ of fresh water in 2024, or ${perTonne} m³ per tonne of steel, mostly for cooling.

Key figures                       2024          2023
Steel output (thousand tonnes)   12,360        11,940
`;

  it('holds when the amount over the year’s output gives it', () => {
    expect(rates(report('3.33'))).toEqual([[true, [41_200_000, 12_360_000, 3.33]]]);
  });

  it('is a mismatch when every saying of the year’s output gives another rate (a slipped scale)', () => {
    expect(rates(report('33.3'))).toEqual([[false, [41_200_000, 12_360_000, 33.3]]]);
  });

  it('says nothing of a rate it cannot pin on one output (two tonnages of steel that year)', () => {
    const other = report('33.3').replace('shipped 12.36 million tonnes', 'shipped 12.61 million tonnes');
    expect(rates(other)).toEqual([]);
  });
});

describe('an amount said again at once per tonne of output, in Chinese', () => {
  const report = (perTonne: string) => `2024年，本公司粗钢产量1,236万吨。

2024年新水用量4,120万立方米，吨钢新水消耗${perTonne}立方米。

主要指标                2024年        2023年
粗钢产量（万吨）         1,236         1,194
`;

  it('reads 吨钢 before the rate as per tonne of 钢', () => {
    expect(rates(report('3.33'))).toEqual([[true, [41_200_000, 12_360_000, 3.33]]]);
    expect(rates(report('33.3'))).toEqual([[false, [41_200_000, 12_360_000, 33.3]]]);
  });
});
