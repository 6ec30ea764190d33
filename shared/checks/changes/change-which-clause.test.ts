import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a rate said in a clause of which the figure before it is the subject (`…, which fell 3.3% from …`)', () => {
  const text = (verb: string) => `The fleet used 9,860 megalitres of diesel in 2024, which ${verb} 3.3% from 10,200 megalitres as the electric buses came into service.`;

  it('checks the rate from the old value to the new', () => {
    expect(checksOf('change', text('fell')).filter((c) => c.rule === 'change.new-rate-old')).toMatchObject([{ holds: true, figures: [{ value: 10_200 }, { value: 9_860 }, { value: 3.3 }] }]);
  });

  it('finds a fall said as a rise', () => {
    expect(checksOf('change', text('rose')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.new-rate-old', figures: [{ value: 10_200 }, { value: 9_860 }, { value: 3.3 }] }]);
  });
});

describe('a rate said after `and` and its verb, of the figure before it (`…, and grew 9.1% from …`)', () => {
  const text = (rate: string) => `Wholesale sales were EUR 41.6 million, 22.4% of revenue, and grew ${rate}% from EUR 38.1 million as two chains listed our range.`;

  it('checks the rate from the old value to the new, past the share aside', () => {
    expect(checksOf('change', text('9.2')).filter((c) => c.rule === 'change.new-rate-old')).toMatchObject([{ holds: true, figures: [{ value: 38_100_000 }, { value: 41_600_000 }, { value: 9.2 }] }]);
  });

  it('finds a rate the values do not give', () => {
    expect(checksOf('change', text('19.2')).filter((c) => !c.holds)).toMatchObject([{ rule: 'change.new-rate-old', figures: [{ value: 38_100_000 }, { value: 41_600_000 }, { value: 19.2 }] }]);
  });
});
