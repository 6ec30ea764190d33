import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A rate of the text that disagrees with the key table's cell of the same metric, whose row's quotient holds, is that
// quotient misstated: reported over its inputs when last year's rate or two swapped digits explain the difference.
const misstated = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'ratio.result-stated-otherwise')
    .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

// a hotel group: the energy section gives this year's rate as the table's cell of last year
const hotels = (rate: string) =>
  [
    '2. Energy',
    '',
    `In 2024 our hotels used 42,350 MWh of electricity. Electricity per guest night was ${rate} kWh.`,
    '',
    'Key figures                    Unit          2024        2023',
    'Electricity                    MWh         42,350      41,200',
    'Guest nights                   thousand     1,833       1,675',
    'Electricity per guest night    kWh          23.10       24.60',
    '',
  ].join('\n');

describe("a rate said as the table row's cell of the year before", () => {
  it("reports 24.60 kWh over this year's 42,350 MWh and 1,833 thousand guest nights (23.10)", () => {
    expect(misstated(hotels('24.60'))).toEqual([[false, [42_350, 1_833_000, 24.6]]]);
  });

  it('leaves to consistency a rate neither year of the row says (a slip of its own)', () => {
    expect(misstated(hotels('25.40'))).toEqual([]);
  });
});

// an engineering firm: the people section gives the revenue per head with two digits swapped
const firm = (perHead: string) =>
  [
    '1. Results',
    '',
    'Revenue was EUR 98.4 million in 2024.',
    '',
    '3. People',
    '',
    `At the end of 2024 we employed 400 people. Revenue per employee was EUR ${perHead} thousand.`,
    '',
    'Key figures                    Unit            2024        2023',
    'Revenue                        EUR million     98.4        91.2',
    'Employees                      number           400         380',
    'Revenue per employee           EUR thousand     246         240',
    '',
  ].join('\n');

describe('a rate per head whose digits swap two of the table row’s', () => {
  it('reports EUR 264 thousand over EUR 98.4 million and 400 people (246), no numerator said beside it', () => {
    expect(misstated(firm('264'))).toEqual([[false, [98.4e6, 400, 264e3]]]);
  });

  it('leaves to consistency a figure no swap explains', () => {
    expect(misstated(firm('268'))).toEqual([]);
  });

  it("leaves to consistency a swap said with none of the rate's inputs in its paragraph (a letter's rate, maybe another measure)", () => {
    const letter = firm('264').replace('At the end of 2024 we employed 400 people. ', 'We hired across all our offices.\n\n');
    expect(misstated(letter)).toEqual([]);
  });
});
