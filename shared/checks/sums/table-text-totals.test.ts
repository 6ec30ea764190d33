import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { textTotalBreakdowns } from './table-text-totals';

const RULE = 'sum.table-cells-text-total';
const ofRule = (text: string) => checksOf('sum', text).filter((c) => c.rule === RULE);
const parts = (c: { figures: Array<{ role: string; value: number }> }) => c.figures.filter((f) => f.role === 'part').map((f) => f.value);

/** A staff page as a PDF gives it: a paragraph stating the total, then a table of label-and-value lines, two breakdowns. */
const staffPage = (south: string) => `截至 2023 年 12 月 31 日，公司员工总数为 12,486 人，较上年增长 6%。

员工构成  Workforce

华东 East China 5214

华南 South China ${south}

华北 North China 2418

西部 West China 1727

男性 Male 7391

女性 Female 5095
`;

describe('a table\'s breakdowns against a total its running text states', () => {
  it('holds each run of sibling cells that adds up to the text\'s total (by region, by gender)', () => {
    const checks = ofRule(staffPage('3127'));
    expect(checks.map((c) => [c.holds, c.stated, parts(c)])).toEqual([
      [true, 12_486, [5214, 3127, 2418, 1727]],
      [true, 12_486, [7391, 5095]],
    ]);
  });

  it('calls a run that misses the total by a little a mismatch when another breakdown of the column adds up to it', () => {
    const checks = ofRule(staffPage('3172'));
    expect(checks.map((c) => [c.holds, c.expected, c.stated])).toEqual([
      [false, 12_531, 12_486],
      [true, 12_486, 12_486],
    ]);
  });

  it('says nothing of a run that misses when no breakdown of the column adds up to the total (which rows break it down is then unknown)', () => {
    const page = staffPage('3172').replace('5095', '5059');
    expect(ofRule(page)).toEqual([]);
  });

  it('does not take cells of another metric for the breakdown, though they add up to the text\'s figure', () => {
    const text = `截至 2023 年底，公司员工总数为 12,486 人。

培训时长  Training hours

线上 Online 5214

线下 Offline 7272

外部 External 931
`;
    expect(ofRule(text)).toEqual([]);
  });

  it('does not set a stated total against a round figure\'s worth of cells: a total of 12,500 is met by too many runs', () => {
    expect(ofRule(staffPage('3127').replace('12,486 人', '12,500 人').replace('1727', '1741'))).toEqual([]);
  });

  it('sets the total only against the column of its own year in a table of two periods', () => {
    const text = [
      'Our workforce numbered 8,412 employees at the end of 2023.',
      '',
      'Employees by region\t2022\t2023',
      'Europe\t3,905\t4,120',
      'Americas\t3,205\t2,874',
      'Asia Pacific\t1,302\t1,418',
      '',
    ].join('\n');
    const checks = ofRule(text);
    // the 2022 column adds up to 8,412 too, by chance: it is another year's
    expect(checks.map((c) => [c.holds, parts(c)])).toEqual([[true, [4120, 2874, 1418]]]);
  });
});

describe('a text figure that states a row of the table again', () => {
  // municipal water of 2024 is 8,650; groundwater, rainwater and recycled water of 2023 happen to add up to it
  const page = `2.3 Water\n\nWe drew 15,610 m3 of water in 2024. Municipal water came to 8,650 m3 of this, the rest from our own wells and tanks.\n\nTable 4: Water withdrawal by source (m3)\n\nSource                     2024        2023\nMunicipal water           8,650       7,940\nGroundwater               4,120       5,230\nRainwater                 1,460       1,980\nRecycled water            1,380       1,440\nTotal                    15,610      16,590\n`;

  it('is that row, no total of the other rows of another year that add up to it', () => {
    const totals = textTotalBreakdowns(checkDoc('water.txt', page)).map((b) => b.total.figure.value);
    expect(totals).toEqual([15_610]);
  });
});
