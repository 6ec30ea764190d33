import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// `EUR 52.40 billion` and `5,240.0` (EUR million) are written to four digits and five: the zeros after a point are stated
const report = (letter: string) =>
  [
    'LETTER FROM THE CEO',
    `In a hard year Meridian Foods reached sales of ${letter}, 4.0% more than in 2023.`,
    '',
    '1.1 Sales',
    'Sales were EUR 5,240.0 million in 2024, 4.0% more than the EUR 5,038.5 million of 2023.',
    '',
    'Table 1: Sales by channel (EUR million)',
    'Channel                        2024        2023',
    'Retail                      3,120.0     3,010.5',
    'Food service                2,120.0     2,028.0',
    'Total                       5,240.0     5,038.5',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('an amount of one word restated with its scale slipped, its zeros after the point stated (`EUR 52.40 billion`)', () => {
  it('is read against the section\'s sentence and the table\'s Total, four digits alike', () => {
    const text = report('EUR 52.40 billion');
    const against = (rule: string, said: RegExp) =>
      slips(text).some((c) => c.rule === rule && c.figures.some((f) => f.value === 52.4e9) && c.figures.some((f) => f.value === 5_240e6 && said.test(text.slice(f.start - 30, f.start))));
    expect(against('consistency.same-metric', /Total\s+$/)).toBe(true);
    expect(against('consistency.scale-slip', /Sales were (?:EUR )?$/)).toBe(true);
  });

  it('agrees when the letter says the amount in billions rightly', () => {
    expect(slips(report('EUR 5.24 billion'))).toEqual([]);
  });
});
