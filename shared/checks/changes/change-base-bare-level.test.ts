import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hospital trust's report: the year's count, its rate and last year's level bare after `than the`
describe('a rate compared against a bare earlier level (`2.7% more than the 410 of a year earlier`)', () => {
  const text = (count: string) => `Our clinics\n\nThe trust ran ${count} clinics at the end of 2024, 4.3% more than the 92 of a year earlier.`;

  it('checks the rate from that level', () => {
    expect(checksOf('change', text('96')).filter((c) => c.figures.some((f) => f.value === 92))).toMatchObject([{ holds: true }]);
  });

  it('finds a rate the level does not bear out', () => {
    expect(checksOf('change', text('69')).filter((c) => !c.holds)).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 92 }), expect.objectContaining({ value: 69 })]) }]);
  });
});
