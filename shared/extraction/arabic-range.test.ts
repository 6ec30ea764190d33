import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string) => extractFigures(text).map((f) => [f.value, f.valueMax ?? null]);

describe('a range after a number in digits', () => {
  it('is an amount with nothing after it when its ends carry thousands separators, as a lone 30,000 is', () => {
    // the currency stands at the end of another column's line two paragraphs up, as a PDF interleaves them
    expect(figures('helping them earn RMB\n\nIn early 2020, the pandemic struck.\n\n30,000 to 40,000 more in one month')).toEqual([[30000, 40000]]);
    // a bare range without separators may be a scale's ends or codes
    expect(figures('Rate each answer from 1 to 5, and 10 to 20.')).toEqual([]);
  });
  it('is no range from the year of an old value to the new value', () => {
    expect(figures('Emissions fell from 412,860 tonnes CO2e in 2022 to 398,140 tonnes.')).toEqual([
      [412860, null],
      [398140, null],
    ]);
    expect(figures('Staff grew since 2019 to 5,940 employees.')).toEqual([[5940, null]]);
  });

  it('still reads a range of two quantities and a change with from', () => {
    expect(figures('We employ 2,000 to 3,000 seasonal workers.')).toEqual([[2000, 3000]]);
    expect(figures('Waste fell from 120 tonnes to 95 tonnes.')).toEqual([[120, null], [95, null]]);
  });
});

describe('a change from a qualified value', () => {
  it('is two figures, not a range (from less than 30 million to 220 million)', () => {
    expect(figures('Users soared from less than 30 million to 220 million.')).toEqual([
      [3e7, null],
      [2.2e8, null],
    ]);
    expect(figures('Coverage rose from about 10% to 20%.')).toEqual([
      [10, null],
      [20, null],
    ]);
  });
});

describe('a Chinese range', () => {
  it('opens with no over: 提升超过 3% 至 97.5% is a rise and the level it reached', () => {
    expect(figures('相比传统方式全链路效率提升超过 3% 至 97.5%。')).toEqual([
      [3, null],
      [97.5, null],
    ]);
    expect(figures('平均单店能耗下降约 10%-15%，3至5天')).toEqual([
      [10, 15],
      [3, 5],
    ]);
  });
});

describe("a range between amounts in letter currencies", () => {
  it('is one range when the second end repeats the first end\'s currency in letters', () => {
    expect(figures('a monthly income ranging between\nRMB3,000 and RMB6,000, and many stayed')).toEqual([[3000, 6000]]);
    expect(figures('between US$1 and US$2 a day')).toEqual([[1, 2]]);
    // another currency is another amount
    expect(figures('between RMB3,000 and HKD6,000')).toEqual([[3000, null], [6000, null]]);
  });
});

describe('a dash closing a table row', () => {
  it('is an empty cell, not a range to the number opening the next row (`30-50` under `1,204  —`)', () => {
    const text = [
      'Staff by age                      Unit        2024        2023',
      'Below 25                          FTE        1,204          —',
      '25-40                             FTE        3,518          –',
      '41+                               FTE          977          —',
    ].join('\n');
    const values = figures(text).map(([v]) => v);
    expect(values).toContain(1204);
    expect(values).toContain(3518);
  });

  it('still joins a range whose dash is spaced within prose', () => {
    expect(figures('We plan to hire 1,200 – 1,500 engineers.')).toEqual([[1200, 1500]]);
  });
});
