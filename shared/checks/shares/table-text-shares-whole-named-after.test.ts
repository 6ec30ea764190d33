import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hotel group's water section: the total in the text, a table of sources, and a share said of the whole
const report = (sentence: string) =>
  [
    '2.3 Water',
    '',
    `We used 423,800 m3 of water in 2024. ${sentence}`,
    '',
    'Table 3: Water by source (m3)',
    '',
    'Source                        2024        2023',
    'Municipal supply           212,600     246,800',
    'Boreholes                  148,400     126,200',
    'Rainwater harvested         62,800      48,600',
    'Total                      423,800     421,600',
  ].join('\n');

const shares = (sentence: string) => checksOf('ratio', report(sentence)).filter((c) => c.rule === 'ratio.table-cell-of-text-total');

describe('an English share whose `of` names the whole in a row\'s word (`a quarter of our water supply` beside `Municipal supply`)', () => {
  it('is not read as that row\'s share', () => {
    expect(shares('We treat and reuse our grey water: a quarter of our water supply, against a fifth in 2023, was used twice.')).toEqual([]);
  });

  it('a row named after the whole is still the share\'s part', () => {
    expect(shares('Some 35.0% of our water came from boreholes on our own land.')).toContainEqual(expect.objectContaining({ holds: true, stated: 35 }));
  });
});
