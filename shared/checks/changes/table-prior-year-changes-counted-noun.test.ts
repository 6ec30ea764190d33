import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

// a bicycle maker's output: counts said with their nouns in the text, the table's bare cells under `(thousand units)`
const report = (ebikes: string, rate: string) =>
  [
    `We assembled 1,862.4 thousand bicycles in 2024, including ${ebikes} electric mountain bicycles, up ${rate}%.`,
    '',
    'Table 3: Bicycles assembled by type (thousand units)',
    '',
    'Type                              2024      2023',
    'Electric mountain               486.2     441.6',
    'City and trekking             1,376.2   1,298.4',
    'Total                         1,862.4   1,740.0',
  ].join('\n');

describe('a count said with its noun (`486.2 thousand electric mountain bicycles, up 10.1%`) of a bare cell\'s row', () => {
  it('checks its rate against the row\'s year before, the noun between figure and rate no words of another clause', () => {
    expect(priorYear(report('486.2 thousand', '10.1'))).toContainEqual(expect.objectContaining({ holds: true, stated: 10.1 }));
    expect(priorYear(report('486.2 thousand', '12.1'))).toContainEqual(expect.objectContaining({ holds: false, stated: 12.1 }));
  });

  it('on the text figure as written when it slipped a power of ten (48.62 thousand is no 10.1% rise on 441.6)', () => {
    expect(priorYear(report('48.62 thousand', '10.1'))).toContainEqual(expect.objectContaining({ holds: false, stated: 10.1 }));
  });
});

describe('a slipped text figure\'s rate beside a change cell its own row already says slipped', () => {
  // the row 441.6 -> 486.2 is +10.1%, its Change cell says 1.01; the text's 48.62 thousand slipped a power of ten
  const withChange = [
    'We assembled 1,862.4 thousand bicycles in 2024, including 48.62 thousand electric mountain bicycles, up 10.1%.',
    '',
    'Table 3: Bicycles assembled by type (thousand units)',
    '',
    'Type                              2024      2023    Change (%)',
    'Electric mountain               486.2     441.6        +1.01',
    'City and trekking             1,376.2   1,298.4         +6.0',
    'Total                         1,862.4   1,740.0         +7.0',
  ].join('\n');

  it('says the cell\'s slip once, by its row, not again as the text\'s rate against it', () => {
    expect(checksOf('change', withChange).filter((c) => !c.holds).map((c) => c.stated)).toEqual(expect.arrayContaining([1.01, 10.1]));
    expect(checksOf('consistency', withChange).filter((c) => c.rule === 'consistency.change-column' && !c.holds)).toEqual([]);
  });
});
