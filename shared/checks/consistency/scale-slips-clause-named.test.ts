import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a rice breeder's English report: the letter's `planted on 2.35 million ha` for the 235,000 ha its
// section 1.2 and its key table state; the figures have no metric of their own, only the clause before
// them (`our varieties were planted on`), which the key table's row label says in other words
const report = (letter: string) =>
  [
    'Letter from the Chief Executive',
    '',
    `In 2024 we sold 42.6 thousand tonnes of seed, and our varieties were planted on ${letter}. We thank our growers and`,
    'our 2,184 employees for a year of steady progress in a difficult market.',
    '',
    'Wang Lifeng',
    'Chief Executive',
    '',
    '1. Our business',
    '',
    '1.1 Revenue',
    '',
    'Revenue was RMB1,862 million in 2024, up 6.4% year on year, with hybrid rice seed our largest line and vegetable seed our',
    'fastest growing one. Exports to South and Southeast Asia continued to grow.',
    '',
    '1.2 Seed production and sales',
    '',
    'Our contracted seed production bases covered 48,200 mu in 2024. Twelve new varieties were approved, and our',
    'varieties were planted on 235,000 ha.',
    '',
    '4. Key performance table',
    '',
    'Indicator                          Unit                    2024        2023',
    'Revenue                            RMB million            1,862       1,750',
    'Seed sales volume                  thousand tonnes         42.6        40.1',
    'Area planted to our varieties      thousand ha              235         221',
    'Employees                          persons                2,184       2,106',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.scale-slip');

describe('an area restated with its scale slipped, named only by the clause before it', () => {
  it('is flagged against the section\'s sentence and the key table\'s row (2.35 million ha against 235,000 ha and the row\'s 235 thousand)', () => {
    expect(slips(report('2.35 million ha'))).toMatchObject([{ figures: [{ value: 2.35e6 }, { value: 235_000 }, { value: 235_000 }] }]);
  });

  it('is not flagged when the letter restates it alike (235,000 ha)', () => {
    expect(slips(report('235,000 ha'))).toEqual([]);
  });
});
