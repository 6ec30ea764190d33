import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a charity shop chain: a figure, its share of a whole, then `and` its change on last year's
describe('a change said after a share of the figure joined by `and` (`, 2.1% of revenue and 11.4% more than the …`)', () => {
  const text = (rate: string) => `We spent €4,620 thousand on volunteer training in 2024, 2.1% of revenue and ${rate}% more than the €4,146 thousand of 2023.`;

  it('checks the change from the old value to the figure', () => {
    expect(checksOf('change', text('11.4')).filter((c) => c.rule === 'change.new-rate-old')).toMatchObject([{ holds: true, figures: [{ value: 4_146_000 }, { value: 4_620_000 }, { value: 11.4 }] }]);
  });

  it('finds a change that does not come out', () => {
    expect(checksOf('change', text('14.1')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.new-rate-old' }]);
  });
});
