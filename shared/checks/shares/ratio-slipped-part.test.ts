import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 27.2));

// a ferry operator's report: revenue in € thousand, and a part written with `million` for `thousand`
const report = (part: string) =>
  [
    'Revenue rose 4.0% to €58,400 thousand in 2024, from €56,150 thousand in 2023.',
    '',
    `Freight earned ${part} in 2024, 27.2% of revenue, as two new routes opened.`,
  ].join('\n');

describe('a part larger than the whole it names a share of, by a slipped scale word', () => {
  it('checks the share on the part as printed when a thousandth of it gives the share (`€15,880 million` for € thousand)', () => {
    expect(shares(report('€15,880 million'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole', figures: [{ value: 15_880_000_000 }, { value: 58_400_000 }, { value: 27.2 }] }]);
  });

  it('holds on the part written right, and says nothing of a larger part no slip explains', () => {
    expect(shares(report('€15,880 thousand'))).toMatchObject([{ holds: true }]);
    expect(shares(report('€91,200 million'))).toEqual([]);
  });
});

describe('a part larger than the whole it names a share of, by a decimal point moved before its scale word', () => {
  it('checks the share on the part as printed when a tenth of it gives the share (`€158.8 million` for €15.88 million)', () => {
    expect(shares(report('€158.8 million'))).toMatchObject([{ holds: false, figures: [{ value: 158_800_000 }, { value: 58_400_000 }, { value: 27.2 }] }]);
    expect(shares(report('€1,588 million'))).toMatchObject([{ holds: false, figures: [{ value: 1_588_000_000 }, { value: 58_400_000 }, { value: 27.2 }] }]);
  });
});
