import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share whose bracket after it names its part and its whole', () => {
  const text = (whole: string) =>
    `At year end we employed 14,280 colleagues across three divisions. Women hold 31.4% of roles across the Group (4,653 of ${whole} colleagues).`;

  it('is checked on the bracket\'s pair, never on an earlier figure of the paragraph', () => {
    expect(shares(text('14,820'))).toEqual([[true, [4_653, 14_820, 31.4]]]);
  });

  it('is a mismatch when the bracket\'s pair does not give it', () => {
    expect(shares(text('15,820'))).toEqual([[false, [4_653, 15_820, 31.4]]]);
  });
});
