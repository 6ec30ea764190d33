import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a ferry operator: the section says the passengers it carried with its noun before the figure and no measure word
// after it (`Passengers carried rose 8.1% to 3.84 million`), a tenth of the key figures' row
const report = (said: string) =>
  [
    '1.2 Operations',
    '',
    `Passengers carried rose 8.1% to ${said}, and vehicles carried rose 5.5% to 612,400.`,
    '',
    'Key figures',
    'Indicator                        Unit           2024        2023',
    'Passengers carried               million        38.40       35.52',
    'Vehicles carried                 thousand       612.4       580.5',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.figures.some((f) => f.value === 3_840_000));

describe('a count with its noun before it, restated by a row of its words with its scale slipped', () => {
  it('is flagged (`Passengers carried rose 8.1% to 3.84 million` against the row\'s 38.40 million)', () => {
    expect(slips(report('3.84 million'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 3_840_000 }, { value: 38_400_000 }] }]);
  });

  it('not when it agrees (`38.4 million`)', () => {
    expect(checksOf('consistency', report('38.4 million')).filter((c) => !c.holds)).toEqual([]);
  });
});
