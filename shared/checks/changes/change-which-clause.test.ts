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
