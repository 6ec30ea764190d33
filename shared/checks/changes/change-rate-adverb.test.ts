import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hospital group's energy: `rose only 3.7%` is a change of a row, not a share of the total beside it
const page = `2. Energy

Table 2: Energy use (MWh)
Use                        2024      Share (%)        2023     Change (%)
Heating                  41,280           52.5      40,110          +2.9
Medical equipment        22,460           28.6      21,660          +3.7
Lighting and other       14,860           18.9      15,020          -1.1
Total                    78,600          100.0      76,790          +2.4

Total energy use rose 2.4% to 78,600 MWh. Medical equipment energy rose only 3.7%, though we added two imaging suites.
`;

describe('a rate after a change verb and an adverb (`rose only 3.7%`)', () => {
  it('is read as the change of its row', () => {
    expect(checksOf('change', page).filter((c) => c.rule === 'change.table-row-rate').map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)])).toEqual([[true, [21_660, 22_460, 3.7]]]);
  });

  it('is no share of the total', () => {
    expect(checksOf('ratio', page).filter((c) => c.figures.some((f) => f.role === 'result' && f.value === 3.7))).toEqual([]);
  });
});
