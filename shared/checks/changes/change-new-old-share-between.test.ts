import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const newThenOld = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.new-then-old');

describe('a new value, its share of a whole, then the old value and the rate', () => {
  // a bank's green lending: `412.6亿元，占各项贷款的12.4%，较上年末的356.3亿元增长15.8%` (356.3 -> 412.6 is +15.8%)
  const bank = (rate: string) => `截至2024年末，本行绿色贷款余额412.6亿元，占各项贷款的12.4%，较上年末的356.3亿元增长${rate}%，增速高于各项贷款平均增速。`;

  it('reads the change past the share, holding', () => {
    expect(newThenOld(bank('15.8'))).toMatchObject([{ holds: true }]);
  });

  it('flags a rate the two values do not give (over the new value, 13.6%)', () => {
    expect(newThenOld(bank('13.6'))).toMatchObject([{ holds: false, stated: 13.6 }]);
  });
});
