import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A table flattened column by column: the row labels one a line, then each year's values.

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

const TABLE = ['员工构成', '指标', '员工总数（人）', '女性员工占比（%）', '残障员工（人）', '2023年', '25,318', '41.2', '87', '2022年', '23,904', '40.7', '79'].join('\n');

describe('a table flattened column by column', () => {
  it("gives the k-th value under each year the k-th label's unit", () => {
    expect(figures(TABLE)).toEqual([
      ['25,318', 25_318, '人'],
      ['41.2', 41.2, '%'],
      ['87', 87, '人'],
      ['23,904', 23_904, '人'],
      ['40.7', 40.7, '%'],
      ['79', 79, '人'],
    ]);
  });
  it('keeps a value whose label states no unit, as a bare cell', () => {
    expect(figures(['指标', '审核供应商数量', '认证占比（%）', '2023年', '12', '58.4', '2022年', '10', '51.0'].join('\n'))).toEqual([
      ['12', 12, ''],
      ['58.4', 58.4, '%'],
      ['10', 10, ''],
      ['51.0', 51, '%'],
    ]);
  });
  it("gives a value its own label's unit when the labels' units differ, not the next label's (a count before a share)", () => {
    const lines = ['Workforce', 'Employees (number)', 'Women in management (%)', '2023', '412', '38.5', '2022', '398', '36.1'];
    expect(figures(lines.join('\n'))).toEqual([
      ['412', 412, ''],
      ['38.5', 38.5, '%'],
      ['398', 398, ''],
      ['36.1', 36.1, '%'],
    ]);
    const three = ['指标', '培训时长（小时）', '员工总数（人）', '女性管理者占比（%）', '2023年', '12,000', '412', '38.5', '2022年', '11,000', '398', '36.1'];
    expect(figures(three.join('\n')).map(([text, , unit]) => [text, unit])).toEqual([
      ['12,000', '小时'],
      ['412', '人'],
      ['38.5', '%'],
      ['11,000', '小时'],
      ['398', '人'],
      ['36.1', '%'],
    ]);
  });
  it('reads nothing under a year below prose, where no labels stand', () => {
    expect(figures(['我们持续推进节能降碳。', '2023年', '1.2', '3.4'].join('\n'))).toEqual([]);
  });
});
