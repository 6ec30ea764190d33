import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a zinc miner's report: its section says what it paid and as what; its key figures row names the payment the same way
const report = (paid: string) =>
  [
    '4. Our contribution',
    '',
    `In 2024 we paid ${paid} in royalties and taxes, 21.4% of revenue, to the state and the three municipalities around the mine.`,
    '',
    'Key figures',
    'Indicator                  Unit             2024        2023',
    'Revenue                    EUR thousand   14,822      13,960',
    'Royalties and taxes        EUR thousand    3,172       2,986',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b);

describe('an amount the report paid `in` something (`we paid €3,172 thousand in royalties and taxes`)', () => {
  it('is read for what it was paid as: a scale slip against the key figures row of that payment is flagged', () => {
    expect(mismatches(report('€3,172 million')).map(values)).toEqual([[3.172, 3172]]);
  });

  it('flags nothing when the amounts agree', () => {
    expect(mismatches(report('€3,172 thousand'))).toEqual([]);
  });
});
