import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a place's bare row in a table counted in thousands, and the text's count of the caption's noun opening with the place
const report = (said: string) =>
  [
    'LETTER FROM THE DIRECTOR',
    `Our museums had a busy year. Whitby welcomed ${said} visitors, and its new gallery opened in May.`,
    '',
    '1. Visitors',
    '',
    'Table 1: Visitors by museum (thousand)',
    'Museum                        2024      2023',
    'Whitby                         376       352',
    'Scarborough                    518       540',
    'Total                          894       892',
  ].join('\n');

const differ = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a text count opening with a table row\'s place, of the noun its caption counts (`Whitby welcomed 367,000 visitors`)', () => {
  it('is the row\'s bare cell in the caption\'s scale, its digits swapped (`Whitby  376` in thousands)', () => {
    expect(differ(report('367,000'))).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 367_000 }, { value: 376_000 }] }]);
  });

  it('agrees when the text gives the row\'s count', () => {
    expect(differ(report('376,000'))).toEqual([]);
  });
});
