import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A KPI table flattened by PDF extraction to one cell a line: label, unit, then the values.

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

const TABLE = [
  '指标', '单位', '2023', '2022',
  '数据中心总用电量', '万千瓦时', '405,600', '368,900',
  '范围2温室气体排放', '万吨二氧化碳当量', '142.6', '156.3',
  '年均PUE', '—', '1.21', '1.26',
  '水资源利用效率', '升/千瓦时', '0.42', '0.51',
].join('\n');

describe('a table flattened to one cell a line', () => {
  it("gives each value its row's unit line's scale and unit, and the header's years no figure", () => {
    expect(figures(TABLE)).toEqual([
      ['405,600', 4_056_000_000, 'kWh'],
      ['368,900', 3_689_000_000, 'kWh'],
      ['142.6', 1_426_000, 'tCO2e'],
      ['156.3', 1_563_000, 'tCO2e'],
      ['1.21', 1.21, ''],
      ['1.26', 1.26, ''],
      ['0.42', 0.42, ''],
      ['0.51', 0.51, ''],
    ]);
  });
  it('reads the same rows in English and with blank lines between the cells', () => {
    const text = 'Indicator\n\nUnit\n\nTotal electricity\n\nMWh\n\n48,210\n\n45,900\n\nWomen in management\n\n%\n\n32.7\n\n30.1';
    expect(figures(text)).toEqual([
      ['48,210', 48_210, 'MWh'],
      ['45,900', 45_900, 'MWh'],
      ['32.7', 32.7, '%'],
      ['30.1', 30.1, '%'],
    ]);
  });
  it('leaves a number under a line of prose or a bare label as it was', () => {
    // a numbered heading after a paragraph stays a heading; a unit line needs a label above it
    expect(figures('我们持续推进节能降碳。\n1.2\n绿色运营')).toEqual([]);
    expect(figures('万千瓦时\n405,600')).toEqual([['405,600', 405_600, '']]);
  });

  it("gives a summary's rows with no unit line the caption's scale, and a label's own unit its row", () => {
    const summary = [
      'FIVE-YEAR FINANCIAL SUMMARY', '(Amounts expressed in RMB million unless otherwise stated)', 'For the year ended 31 December',
      '2023', '2022', '2021', '(restated)',
      'Revenue', '186,412', '172,305', '158,967',
      'Profit attributable to', 'owners of the Company', '12,806', '11,437', '10,925',
      'Basic earnings per share (RMB)', '1.08', '0.97', '0.93',
      'Gearing ratio (%)', '(Note)', '58.4', '60.2', '61.7',
      'Note: Gearing ratio represents total liabilities divided by total assets.', '212',
    ].join('\n');
    expect(figures(summary)).toEqual([
      ['186,412', 186_412_000_000, 'CNY'],
      ['172,305', 172_305_000_000, 'CNY'],
      ['158,967', 158_967_000_000, 'CNY'],
      ['12,806', 12_806_000_000, 'CNY'],
      ['11,437', 11_437_000_000, 'CNY'],
      ['10,925', 10_925_000_000, 'CNY'],
      ['1.08', 1.08, 'CNY'],
      ['0.97', 0.97, 'CNY'],
      ['0.93', 0.93, 'CNY'],
      ['58.4', 58.4, '%'],
      ['60.2', 60.2, '%'],
      ['61.7', 61.7, '%'],
    ]);
  });
  it('reads the last word of a wrapped sentence as prose, not as the unit line of the value below', () => {
    const text = ['pay for their municipal services with Alipay every', 'day', '', '1.7', '', 'Over', '', 'million'].join('\n');
    expect(figures(text)).toEqual([['1.7', 1_700_000, '']]);
  });
  it('takes no caption for rows whose values do not match the years of the header', () => {
    const text = ['(RMB million)', '2023', '2022', 'Revenue', '186,412', '172,305', '158,967'].join('\n');
    expect(figures(text).map((f) => f[1])).toEqual([186_412, 172_305, 158_967]);
  });
});

