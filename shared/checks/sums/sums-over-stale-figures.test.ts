import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A sum the text states over last year's figure said as this year's, the table's own sum holding over this year's cell.

const failing = (text: string) =>
  checksOf('sum', text)
    .filter((c) => !c.holds)
    .map((c) => c.figures.filter((f) => f.role !== 'mention').map((f) => f.value));

const table =
  '\n\n关键绩效表\n\n指标                 单位                2024年      2023年\n范围一排放           吨二氧化碳当量       1,660       1,860\n' +
  '范围二排放           吨二氧化碳当量       4,120       4,300\n范围一和范围二排放   吨二氧化碳当量       5,780       6,160\n';
const paragraph = (scope1: string) => `（二）温室气体排放\n\n2024年，公司范围一排放${scope1}吨二氧化碳当量，范围二排放4,120吨二氧化碳当量，范围一和范围二排放共计5,780吨二氧化碳当量。`;

describe("a text sum over last year's figure said as this year's", () => {
  it("no longer adds: the row's year-before 1,860 in place of 2024's 1,660 (`范围一排放1,860吨…共计5,780吨`)", () => {
    expect(failing(paragraph('1,860') + table)).toContainEqual([5780, 1860, 4120]);
  });

  it("is not worked out when the paragraph gives this year's figure", () => {
    expect(failing(paragraph('1,660') + table)).toEqual([]);
  });

  it('is not worked out over a figure of another slip than the year before (`1,680`)', () => {
    expect(failing(paragraph('1,680') + table).filter((f) => f.includes(1680))).toEqual([]);
  });
});
