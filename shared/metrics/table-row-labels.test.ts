import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const cells = (text: string) => describeFigures(text, extractFigures(text)).map((f) => [f.text, f.metric, f.period] as const);

describe("a space-aligned row's label", () => {
  it('keeps a word of capitals that is no unit (`Adjusted EBITDA`, `LTIFR`)', () => {
    const table = 'Table 3: Results (NZ$ million)\n\n                          FY2024     FY2023\nOperating revenue          2,418      2,206\nAdjusted EBITDA              611        574\n';
    expect(cells(table).slice(2)).toEqual([
      ['611', 'Adjusted EBITDA', 'FY2024'],
      ['574', 'Adjusted EBITDA', 'FY2023'],
    ]);
  });

  it("gives a value one space after it, its column too narrow for both, the label and the year over it", () => {
    const table = [
      'Table 2: Water withdrawn (ML)',
      '',
      '                          2024        2023    Change (%)',
      'Surface water            8,412       8,906          -5.5',
      'Groundwater              2,104       1,988           5.8',
      'Total                   10,516      10,894          -3.5',
      '  of which in stressed areas 3,318    3,442        -3.6',
      '',
    ].join('\n');
    const described = describeFigures(table, extractFigures(table));
    expect(described.filter((f) => f.metric === 'of which in stressed areas').map((f) => [f.text, f.period, f.unit])).toEqual([
      ['3,318', '2024', 'ML'],
      ['3,442', '2023', 'ML'],
      ['-3.6', undefined, '%'],
    ]);
  });
});

describe('an `of which` row set in under a row whose last cell is a percentage', () => {
  it('is labelled by its own words, not run on from the row of cells above it', () => {
    const table = [
      'Table 6: Waste by route (tonnes)',
      '',
      'Route                                  2024         2023      Share      Change',
      'Recycled (off site)                    3,120        2,880      61.4%      +8.3%',
      '  of which metals                      1,460        1,390      28.7%      +5.0%',
      'Landfilled                             1,960        2,140      38.6%      -8.4%',
      'Total                                  5,080        5,020     100.0%      +1.2%',
      '',
    ].join('\n');
    expect(cells(table).filter(([text]) => text === '1,460' || text === '1,390')).toEqual([
      ['1,460', 'of which metals', '2024'],
      ['1,390', 'of which metals', '2023'],
    ]);
  });
});
