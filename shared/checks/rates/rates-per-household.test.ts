import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { rateChecks } from './rates';

const rates = (text: string) => rateChecks(checkDoc('report.txt', text)).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

// a tea grower's payments to the smallholders it buys from: an amount per household over the households its sentence counts,
// their noun a phrase (`smallholder tea households`)
const said = (perHousehold: string) =>
  `We hold purchase contracts with 8,420 smallholder tea households and paid them RMB312.6 million in 2024, ${perHousehold} per household.`;

describe('an amount per household, over the households counted in its sentence', () => {
  it('holds when the payment over the households gives it', () => {
    expect(rates(said('RMB37,100'))).toEqual(['✓ 312600000 8420 37100']);
  });

  it('is a mismatch when it is ten times over (`RMB371,000`: 3.71万 read as 371,000)', () => {
    expect(rates(said('RMB371,000'))).toEqual(['✗ 312600000 8420 371000']);
  });
});
