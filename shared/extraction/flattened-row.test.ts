import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A KPI table printed from HTML comes back from the PDF as one paragraph, its cells a space
// apart: each value takes the unit standing right before it, as the tab-separated table does.

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);
const values = (text: string): Array<[number, string]> => extractFigures(text).map((f) => [f.value, f.unit]);

const ZH_ROWS = [
  ['年度用水总量', '立方米', '52,310'],
  ['办公用水量', '吨', '1,204'],
  ['天然气用量', '千立方米', '86'],
  ['员工总人数', '人', '3,512'],
  ['因工伤损失的工作日数', '天', '41'],
];
const EN_ROWS = [
  ['Total energy consumption', 'MWh', '8,786,584'],
  ['Natural gas', 'thousand m3', '12,482'],
  ['Diesel', 'tonnes', '131,687'],
  ['Scope 2 emissions', 'tCO2e', '4,445,238'],
  ['Water withdrawal', 'm3', '38,812'],
];
const flattened = (head: string, rows: string[][]): string => `${head} ${rows.map((r) => `${r[0]}${r[1]} ${r[2]}`).join(' ')}`;
const tabbed = (head: string, rows: string[][]): string => `${head}\n${rows.map((r) => r.join('\t')).join('\n')}`;

describe('a table flattened to one paragraph', () => {
  it('gives each Chinese value the unit before it, not the next row label after it', () => {
    const text = flattened('环境 - 水资源指标单位 2023 财年', ZH_ROWS);
    expect(figures(text)).toEqual([
      ['52,310', 52_310, 'm3'],
      ['1,204', 1_204, 't'],
      ['86', 86_000, 'm3'],
      ['3,512', 3_512, '人'],
      ['41', 41, '天'],
    ]);
  });
  it('gives each English value the unit and scale before it', () => {
    const text = flattened('Environmental KPIs Indicator Unit FY2023', EN_ROWS.map(([label, unit, value]) => [`${label} `, unit!, value!]));
    expect(figures(text)).toEqual([
      ['8,786,584', 8_786_584, 'MWh'],
      ['12,482', 12_482_000, 'm3'],
      ['131,687', 131_687, 't'],
      ['4,445,238', 4_445_238, 'tCO2e'],
      ['38,812', 38_812, 'm3'],
    ]);
  });
  it('gives the same figures as the table with its columns', () => {
    expect(values(flattened('指标单位 2023 财年', ZH_ROWS))).toEqual(values(tabbed('指标\t单位\t2023 财年', ZH_ROWS)));
    expect(values(flattened('Indicator Unit FY2023', EN_ROWS.map(([l, u, v]) => [`${l} `, u!, v!])))).toEqual(values(tabbed('Indicator\tUnit\tFY2023', EN_ROWS)));
  });
  it('leaves a value under a rate bare, and reads the label after it as the next row', () => {
    expect(figures('汽油消耗量吨 254 直接能耗强度兆瓦时 / 百万人民币收入 2.0 间接能源消耗量兆瓦时 7,065,101 工伤率工伤人数 / 百万工作小时 0.11')).toEqual([
      ['254', 254, 't'],
      ['2.0', 2, ''],
      ['7,065,101', 7_065_101, 'MWh'],
      ['0.11', 0.11, ''],
    ]);
  });
  it('reads the last row of the paragraph, a row without unit and a row with its values missing', () => {
    expect(figures('液化石油气吨 2.4 可再生能源消耗量兆瓦时 464,049 平均电力使用效率 (PUE) ⁶ /\n1.247')).toEqual([
      ['2.4', 2.4, 't'],
      ['464,049', 464_049, 'MWh'],
      ['1.247', 1.247, ''],
    ]);
    expect(figures('员工总人数人254,941 按性别划分的员工比例男性 % 女性 %')[0]).toEqual(['254,941', 254_941, '人']);
    expect(figures('因工死亡人数人 0 因工死亡率 ¹³ % 0 工伤人数人 25')).toEqual([
      ['0', 0, '人'],
      ['0', 0, '%'],
      ['25', 25, '人'],
    ]);
  });
  it('gives a value after its label and bracketed unit that unit, on one line or wrapped', () => {
    expect(figures('Paper (KG) 9158\n\nWater')).toEqual([['9158', 9158, 'kg']]);
    expect(figures('Paper (KG)\n9158\n\nWater')).toEqual([['9158', 9158, 'kg']]);
  });
  it('gives a year on the line after a bracketed unit none: it heads a column flattened below', () => {
    expect(figures('Share certified (%)\n2023\n\nWater').map(([, , unit]) => unit)).not.toContain('%');
    expect(figures('Paper (KG)\n2,023\n\nWater')).toEqual([['2,023', 2023, 'kg']]);
  });
});

describe('running text keeps its own units', () => {
  it('reads a price per unit and a reduction as written', () => {
    expect(figures('全年减排2万吨，每吨300元的碳价')).toEqual([
      ['2万吨', 20_000, 't'],
      ['300元', 300, 'CNY'],
    ]);
    expect(figures('每吨 300 元 覆盖城市 30 个')).toEqual([
      ['300 元', 300, 'CNY'],
      ['30 个', 30, '个'],
    ]);
  });
  it('keeps a measure word and its noun after the number', () => {
    expect(figures('覆盖 30 个城市 5,000 家门店')).toEqual([
      ['30 个', 30, '个'],
      ['5,000 家', 5_000, '家'],
    ]);
  });
  it('does not take a duration before the number for a wrapped sentence', () => {
    expect(figures('Over the past 12 months 300 stores opened\nin China.').map((f) => f[2])).not.toContain('months');
  });
});

describe('a row of items counted', () => {
  it('gives its value the piece its label states in brackets on the line above', () => {
    const table = '硒鼓（个）\n\nCartridge (piece)\n173\n\n灯管（个）\n\nLamp (piece)\n3632\n\n纸张（公斤）\n\nPaper (KG)\n9158\n\n水';
    expect(extractFigures(table).map((f) => `${f.value} ${f.unit}`)).toEqual(['173 piece', '3632 piece', '9158 kg']);
  });
  it('leaves pieces in prose to the noun they count', () => {
    expect(extractFigures('we sent tens of thousand pieces of messages').map((f) => f.unit)).toEqual(['messages']);
  });
});
