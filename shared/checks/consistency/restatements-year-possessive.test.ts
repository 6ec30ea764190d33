import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a water utility's report: the text gives this year's withdrawal and last year's by a possessive, the key figures both years
const report = (sentence: string) =>
  [
    '2. Water',
    '',
    sentence,
    '',
    'Key figures                 Unit           2024        2023',
    'Water withdrawn             megalitres     5,148       5,184',
  ].join('\n');

describe("the year before's figure said by a possessive (`on 2023's 5,184`, `from last year's`) is last year's", () => {
  it('is no restatement of this year\'s figure whose digits it swaps', () => {
    expect(mismatches(report("We withdrew 5,148 megalitres of water, down 0.7% on 2023's 5,184 megalitres."))).toEqual([]);
    expect(mismatches(report("Water withdrawn came to 5,148 megalitres, 0.7% lower than the previous year's 5,184 megalitres."))).toEqual([]);
    expect(mismatches(report("We withdrew 5,148 megalitres of water, down from last year's 5,184 megalitres."))).toEqual([]);
  });

  it('still sets a figure of this year against its swapped digits', () => {
    expect(mismatches(report('We withdrew 5,184 megalitres of water, down 0.7% on the year before.'))).toMatchObject([{ figures: [{ value: 5184 }, { value: 5148 }] }]);
  });
});
