import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a text figure whose rate follows as `was up N% on FY22`, its row saying its unit in the label', () => {
  it('checks the rate against the row\'s cell of the year before (140.00 -> 148.50 A$ per tonne is +6.1%)', () => {
    const report = (rate: string) =>
      `Waste and resources                                  FY23          FY22\nWaste to landfill (tonnes)                          18,420        19,860\nLandfill levy (A$ per tonne)                        148.50        140.00\n\nThe landfill levy of A$148.50 per tonne was up ${rate}% on FY22 and cost us A$2.7 million in the year.\n`;
    expect(priorYear(report('6.1'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('4.6'))).toMatchObject([{ holds: false, stated: 4.6 }]);
  });
});

describe('a text figure at another prefix than a table row\'s unit', () => {
  it('is not read against the row\'s cells as written (41.8 Mt of ore against 42.6 / 48.8 kt CO2-e)', () => {
    const report =
      'The Kalgan mine shipped 41.8 Mt of iron ore, up 5.6% on FY23.\n\nTable 2  Scope 2 emissions (kt CO2-e)\n                      FY24        FY23\n  Kalgan              42.6        48.8\n  Yarra               96.4       118.2\n';
    expect(priorYear(report)).toEqual([]);
  });
});

describe('a rate said `up N% on the year`, the text figure a scale slip of its row', () => {
  it('checks the rate on the text figure as written, which the slip breaks (A$4,215 million -> A$42.86 billion is no 1.7% rise)', () => {
    const report = (amount: string) =>
      `Rail haulage                        FY24          FY23\nFreight revenue (A$ million)       4,286         4,215\nTrain kilometres (million)           38.2          37.6\n\nGroup revenue rose 3.9% to A$5,120 million, and freight revenue of ${amount} was up 1.7% on the year.\n`;
    expect(priorYear(report('A$4,286 million'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('A$42.86 billion'))).toMatchObject([{ holds: false, stated: 1.7 }]);
  });
});
