import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 47's misses and the set's long-standing `kg CO2e`, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a table under `单位：亿元、%`', () => {
  const table = [
    '表1 绿色金融主要指标（单位：亿元、%）',
    '指标                2022年末      2023年末      较年初增减',
    '绿色贷款余额          118.35        176.90         58.55',
    '绿色贷款占比            8.02         10.87          2.85',
  ].join('\n');

  it('reads a row whose label names a share in percent, its column of changes in points, and the amounts in 亿元', () => {
    expect(figures(table)).toEqual([
      ['118.35', 11835000000, 'CNY'],
      ['176.90', 17690000000, 'CNY'],
      ['58.55', 5855000000, 'CNY'],
      ['8.02', 8.02, '%'],
      ['10.87', 10.87, '%'],
      ['2.85', 2.85, 'pp'],
    ]);
  });
});

describe('a change column headed with its percent sign after it', () => {
  it('reads `Var. %` cells as percentages, not in the row’s millions of euros', () => {
    const table = ['                                        2023         2022      Var. %', 'Revenue (EUR m)                       14,238       18,964       -24.9'].join('\n');
    expect(figures(table)).toEqual([
      ['14,238', 14238000000, 'EUR'],
      ['18,964', 18964000000, 'EUR'],
      ['-24.9', -24.9, '%'],
    ]);
  });

  it('reads Chinese headers with the percent sign glued on (`比重%`, `增幅%`), and two such names glued by one space', () => {
    const zh = ['表3  主营业务收入（单位：万元）', '业务              2024年     2023年     比重%     增幅%', '园林养护          12,460     11,380      41.5      +9.5'].join('\n');
    expect(figures(zh)).toEqual([
      ['12,460', 124600000, 'CNY'],
      ['11,380', 113800000, 'CNY'],
      ['41.5', 41.5, '%'],
      ['9.5', 9.5, '%'],
    ]);
    const en = ['Table 2  Sales by region (AUD thousand)', 'Region                 FY2024     FY2023  Share % Growth %', 'Queensland             21,640     20,180     38.2      +7.2'].join('\n');
    expect(figures(en).map(([, value, unit]) => [value, unit])).toEqual([
      [21640000, 'AUD'],
      [20180000, 'AUD'],
      [38.2, '%'],
      [7.2, '%'],
    ]);
  });
});

describe('`one` after `there was`, or before a noun that died', () => {
  it('counts what follows it, across a line break', () => {
    expect(figures('The frequency rate fell, and there was one\nfatal accident among contractors.')).toEqual([['one', 1, 'fatal accident']]);
    expect(figures('There has been one spill since 2019.')).toEqual([['one', 1, 'spill']]);
  });

  it('counts the subject of a fatality', () => {
    expect(figures('Tragically, one contractor lost his life at our Kalgoorlie operation. One worker died in 2023.')).toEqual([
      ['one', 1, 'contractor'],
      ['One', 1, 'worker'],
    ]);
  });

  it('stays an article elsewhere', () => {
    expect(figures('It was one of the best years. There is one way forward.')).toEqual([]);
  });
});

describe('a class of things sized by a comparison after a preposition', () => {
  it('is a criterion, no figure', () => {
    expect(figures('We apply an internal carbon price to investments of more than\n¥1 billion.')).toEqual([]);
    expect(figures('Reviews are required for projects above 10 MW.')).toEqual([]);
  });

  it('stays a figure as a verb’s object', () => {
    expect(figures('We made investments of more than $1 billion.')).toEqual([['$1 billion', 1e9, 'USD']]);
  });
});

describe('a mass spaced from its gas', () => {
  it('is a mass of the gas', () => {
    expect(figures('Carbon intensity was 0.56 kg CO2e per kWh sold, and 98 g CO2/kWh from generation.')).toEqual([
      ['0.56 kg CO2e', 0.56, 'kgCO2e'],
      ['98 g CO2/kWh', 98, 'gCO2'],
    ]);
  });

  it('is said once for the value a comparison gives after it, in English and in Chinese', () => {
    expect(figures('Emissions per kilogram of raw milk fell to 1.17 kg CO2e, from 1.74 kg.')).toEqual([
      ['1.17 kg CO2e', 1.17, 'kgCO2e'],
      ['1.74 kg', 1.74, 'kgCO2e'],
    ]);
    expect(figures('单位生鲜乳碳排放由1.74千克二氧化碳当量/千克降至1.71千克。人均排放3.51吨二氧化碳当量，较上年下降0.31吨。')).toEqual([
      ['1.74千克二氧化碳当量/千克', 1.74, 'kgCO2e'],
      ['1.71千克', 1.71, 'kgCO2e'],
      ['3.51吨二氧化碳当量', 3.51, 'tCO2e'],
      ['0.31吨', 0.31, 'tCO2e'],
    ]);
  });

  it('is a mass of CO2 equivalent in a row whose label names greenhouse gas emissions in tonnes', () => {
    expect(figures('Scope 1 greenhouse gas emissions (tonnes)        4,210      3,980\nNOx emissions (tonnes)        42      39')).toEqual([
      ['4,210', 4210, 'tCO2e'],
      ['3,980', 3980, 'tCO2e'],
      ['42', 42, 't'],
      ['39', 39, 't'],
    ]);
  });

  it('is no mass of the gas where no comparison gives the value', () => {
    expect(figures('Emissions were 1.2 kg CO2e per litre and each crate weighed 35 kg.')).toEqual([
      ['1.2 kg CO2e', 1.2, 'kgCO2e'],
      ['35 kg', 35, 'kg'],
    ]);
  });
});

describe('units and nouns of batch 47', () => {
  it('reads 平方呎 as square feet and `p.p.` as percentage points', () => {
    expect(figures('集團持有約3,850萬平方呎的投資物業。Women held 28.4% of leadership positions, up 3.1 p.p. on 2022.')).toEqual([
      ['3,850萬平方呎', 38500000, 'sq ft'],
      ['28.4%', 28.4, '%'],
      ['3.1 p.p.', 3.1, 'pp'],
    ]);
  });

  it('gives a count after `including` the noun of the count before it', () => {
    expect(figures('The company employed 18,112 people, including 1,046 in overseas subsidiaries.')).toEqual([
      ['18,112', 18112, 'people'],
      ['1,046', 1046, 'people'],
    ]);
  });

  it('keeps a hyphened class and its number in the noun', () => {
    expect(figures('Of our 1,382 tier-1\nsuppliers, most replied.')).toEqual([['1,382', 1382, 'tier-1 suppliers']]);
  });
});
