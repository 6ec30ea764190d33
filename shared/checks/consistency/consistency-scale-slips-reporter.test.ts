import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const review = (profit: string) =>
  [
    'FINANCIAL REVIEW',
    'Revenue rose 4.2% to HK$18,426 million. Profit attributable to equity holders of the Group was HK$412.6 million, up 3.1%.',
    '',
    'Key financial figures (HK$ million)',
    '                                              2023        2022',
    'Revenue                                     18,426      17,683',
    'Profit attributable to equity holders        4,126       4,002',
  ]
    .join('\n')
    .replace('HK$412.6 million', profit);

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('an amount restated with its scale slipped, its metric said of the reporter (`… of the Group was HK$412.6 million`)', () => {
  it('is read against the table row its other words name (`Profit attributable to equity holders  4,126`, HK$ million)', () => {
    expect(slips(review('HK$412.6 million'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 412.6e6 }, { value: 4_126e6 }] }]);
  });

  it('agrees when the text says the row\'s amount', () => {
    expect(slips(review('HK$4,126 million'))).toEqual([]);
  });
});
