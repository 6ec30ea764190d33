import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bare Total row is its caption's metric; a key-figures row labelled with that metric alone (its unit column aside) restates it
const report = (total2023: string) =>
  [
    'Table 3: Turnover by segment (EUR thousand)',
    'Segment                 2024        2023',
    'Ferries               41,300      39,900',
    'Freight               22,650      21,150',
    `Total                 63,950      ${total2023}`,
    '',
    'Ferry turnover rose on longer summer timetables and two new routes to the islands, while freight grew with the',
    'new rail link at the port. Both segments kept their prices for season tickets and contract customers through the',
    'year, and fuel surcharges were lowered twice as bunker prices eased in the second half.',
    '',
    'Key figures',
    'Indicator                  Unit             2024        2023',
    'Turnover                   EUR thousand   63,950      61,050',
    'Vessels                    number             14          13',
  ].join('\n');

const differ = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric' && !c.holds);

describe('a caption\'s Total row and the key figures\' row of its metric (`Turnover by segment`, `Turnover  EUR thousand`)', () => {
  it('are one figure: a 2023 Total its rows no longer give is said against the key figures', () => {
    expect(differ(report('61,650'))).toMatchObject([{ figures: [{ value: 61_650e3 }, { value: 61_050e3 }] }]);
  });

  it('agree when the Total says the key figure', () => {
    expect(differ(report('61,050'))).toEqual([]);
  });
});
