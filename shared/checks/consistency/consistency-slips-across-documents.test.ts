import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (...texts: string[]) => checksOf('consistency', ...texts).filter((c) => !c.holds);

const report = [
  'Financial performance',
  '',
  'Revenue rose 8.2% to MYR 4,512 million. Operating costs were held flat, and capital expenditure reached MYR 3,618 million,',
  'most of it on the new substations and the smart-meter roll-out.',
].join('\n');

const factSheet = (capex: string) =>
  ['2023 at a glance', '', `Revenue                            MYR 4.51 billion`, `Capital expenditure                MYR ${capex}`, 'Customers served                   1.9 million'].join('\n');

describe('an amount restated in another document of the engagement with its scale slipped', () => {
  it('is flagged by the same metric, rounded as it slipped (MYR 0.362 billion for 3,618 million)', () => {
    expect(mismatches(report, factSheet('0.362 billion'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 3_618e6 }, { value: 0.362e9 }] }]);
  });

  it('holds when the fact sheet rounds it right', () => {
    expect(mismatches(report, factSheet('3.62 billion'))).toEqual([]);
  });
});
