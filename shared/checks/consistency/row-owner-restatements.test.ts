import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a place's row of a table captioned with what it measures, and the text's `Devon's milk collection` of that place
const report = (said: string) =>
  [
    '2.1 Milk',
    '',
    'Table 2  Milk collected by region                                  (litres)',
    '                           2024            2023      Change (%)',
    'Devon                 4,846,300       4,712,800            +2.8',
    'Somerset              3,214,600       3,262,100            -1.5',
    'Cornwall              2,108,400       2,050,900            +2.8',
    'Total                10,169,300      10,025,800            +1.4',
    '',
    `Somerset supplied fewer litres as two farms left the cooperative. Devon's milk collection rose to ${said} with the new`,
    'tanker route to the upland farms.',
  ].join('\n');

const differ = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a text figure said of a table row\'s owner (`Devon\'s milk collection rose to 4.86 million litres`)', () => {
  it('restates the row\'s cell of its year, and must round from it (4,846,300 is 4.85 million)', () => {
    expect(differ(report('4.86 million litres'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 4.86e6 }, { value: 4_846_300 }] }]);
  });

  it('holds when it rounds rightly', () => {
    expect(differ(report('4.85 million litres'))).toEqual([]);
  });

  it('is not read against a row whose owner is another place', () => {
    expect(differ(report('4.86 million litres').replace("Devon's milk", "Dorset's milk"))).toEqual([]);
  });
});
