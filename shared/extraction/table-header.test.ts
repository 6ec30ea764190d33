import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { specIn } from './unit-spec-in';

// A table states its scale and unit once; each bare cell below takes them.

const cells = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a bare table cell takes the scale and unit its table states', () => {
  it('from a caption in the header row', () => {
    expect(cells('GHG emissions (million tonnes CO2-e)\tFY2023\tFY2022\nScope 1\t12.4\t13.1')).toEqual([
      ['12.4', 12_400_000, 'tCO2e'],
      ['13.1', 13_100_000, 'tCO2e'],
    ]);
  });
  it('from a unit line above the header row, in Chinese', () => {
    expect(cells('温室气体排放\n单位：万吨\n指标\t2022年\t2021年\n范围一\t92.7\t88.1')).toEqual([
      ['92.7', 927_000, 't'],
      ['88.1', 881_000, 't'],
    ]);
  });
  it('from a currency and scale in parentheses, the year columns left alone', () => {
    expect(cells('Key figures (RMB million)\nItem\t2022\t2021\nRevenue\t853,062\t717,289')).toEqual([
      ['853,062', 853_062_000_000, 'CNY'],
      ['717,289', 717_289_000_000, 'CNY'],
    ]);
  });
  it("from the column's own header, which wins over the caption", () => {
    expect(cells('Operations (in thousands)\nSite\tEnergy (MWh)\nPerth\t1,240')).toEqual([['1,240', 1240, 'MWh']]);
  });
  it("from the row: a unit column or the label's parentheses", () => {
    expect(cells('Indicator\tUnit\tFY2023\nScope 1 emissions\ttCO2e\t12,400')).toEqual([['12,400', 12_400, 'tCO2e']]);
    expect(cells('Customers\t2023\nRetail customers (in thousands)\t38,120')).toEqual([['38,120', 38_120_000, '']]);
  });
  it('from a caption above a header wrapped over two lines, the header keeping its own % column', () => {
    const table = [
      'Template 1: GAR stock (EUR m)',
      '                  Total gross       Taxonomy-      Proportion',
      '                  carrying amount   eligible       aligned (%)',
      'Debt securities       12,905           3,118          8.1',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['12,905', 12_905_000_000, 'EUR'],
      ['3,118', 3_118_000_000, 'EUR'],
      ['8.1', 8.1, '%'],
    ]);
    // a line of values above a header row is the table before's, and states nothing for this one
    expect(cells('Prior (EUR m)\nA    1    2\nItem    2023    2022\nCost    5    6').slice(2)).toEqual([
      ['5', 5, ''],
      ['6', 6, ''],
    ]);
  });
  it('from a unit statement at the right of the title line (产销数据   单位：万辆), and a share of something named', () => {
    expect(cells('产销数据              单位：万辆\n车型        产量        销量\n乘用车      304.5       302.4')).toEqual([
      ['304.5', 3_045_000, '辆'],
      ['302.4', 3_024_000, '辆'],
    ]);
    expect(cells('Leases\tFY2023\nGreen leases (% of NLA)\t41.0')).toEqual([['41.0', 41, '%']]);
  });
  it("keeps the table's scale off a row stating a rate of its own (（元/股）)", () => {
    expect(cells('单位：万元\n项目\t2023年\t2022年\n营业收入\t1,286.37\t1,104.92\n基本每股收益（元/股）\t0.82\t0.69')).toEqual([
      ['1,286.37', 12_863_700, 'CNY'],
      ['1,104.92', 11_049_200, 'CNY'],
      ['0.82', 0.82, ''],
      ['0.69', 0.69, ''],
    ]);
  });
  it("keeps a caption's unit off a row stating a rate of its own, not the unit heading the label column", () => {
    expect(cells('單位：公噸CO2e\n年度      2022      2023\n範疇一      17,905      16,733\n排放密集度（公噸CO2e/營收）   0.349      0.345')).toEqual([
      ['17,905', 17_905, 'tCO2e'],
      ['16,733', 16_733, 'tCO2e'],
      ['0.349', 0.349, ''],
      ['0.345', 0.345, ''],
    ]);
    expect(cells('tCO2e\t2024\t2023\nScope 1\t48,215\t53,904\nGHG intensity (tCO2e/€m)\t214.6\t238.1').map((c) => c[2])).toEqual(['tCO2e', 'tCO2e', 'tCO2e', 'tCO2e']);
    // a rate's base naming its currency before the scale is no figure
    expect(cells('單位：公噸CO2e\n年度      2023\n排放密集度（公噸CO2e/新台幣百萬元）   0.345').map((c) => c[0])).toEqual(['0.345']);
  });
  it("gives the rows a caption's second statement names (營收單位：新台幣百萬元) that statement, and reads no figure in it", () => {
    expect(cells('單位：公噸CO2e；營收單位：新台幣百萬元\n年度      2022      2023\n範疇一      17,905      16,733\n營收      312,876      298,054')).toEqual([
      ['17,905', 17_905, 'tCO2e'],
      ['16,733', 16_733, 'tCO2e'],
      ['312,876', 312_876_000_000, 'TWD'],
      ['298,054', 298_054_000_000, 'TWD'],
    ]);
  });
  it("gives a row's measure unit a caption's bare scale, not a rate's row (in thousands, except … per-employee data)", () => {
    expect(
      cells('(in thousands, except percentages and per-employee data)\nMetric      FY2023      FY2022\nScope 1 emissions (tCO2e)      412.6      438.1\nWaste diverted (%)      78.4      74.9\nEnergy use per employee (MWh)      6.12      6.48'),
    ).toEqual([
      ['412.6', 412_600, 'tCO2e'],
      ['438.1', 438_100, 'tCO2e'],
      ['78.4', 78.4, '%'],
      ['74.9', 74.9, '%'],
      ['6.12', 6.12, 'MWh'],
      ['6.48', 6.48, 'MWh'],
    ]);
  });
  it('reads every cell of a tab-separated row, a zero and a one after a capitalised label included', () => {
    expect(cells('Measure\tFY2023\tFY2022\nFatalities\t0\t1')).toEqual([
      ['0', 0, ''],
      ['1', 1, ''],
    ]);
  });
  it('from a bilingual unit cell, and from a header row whose other cells are years', () => {
    expect(cells('指标 Indicator\t单位 Unit\t2023\n用水总量 Water\t吨 tonnes\t5,612,000')).toEqual([['5,612,000', 5_612_000, 't']]);
    expect(cells('类别 Category\t2023\t占比（%）\n女性员工 Female employees\t21,604\t44.3')).toEqual([
      ['21,604', 21_604, ''],
      ['44.3', 44.3, '%'],
    ]);
  });
  it("from the column's own header before the row's unit cell: a change column in per cent", () => {
    expect(cells('Metric\tUnit\tFY2024\tChange (%)\nScope 1 emissions\ttCO2e\t1,842,310\t-8.6')).toEqual([
      ['1,842,310', 1_842_310, 'tCO2e'],
      ['-8.6', -8.6, '%'],
    ]);
  });
  it('reads a cell wholly in parentheses as negative, as accounts write it', () => {
    expect(cells('Item (RMB million)\t2024\t2023\nNet finance costs\t(48)\t(52.5)')).toEqual([
      ['(48)', -48e6, 'CNY'],
      ['(52.5)', -52.5e6, 'CNY'],
    ]);
    // a list number or a parenthesis in running text is not
    expect(cells('(1)\tScope 1 emissions fell (12) and 3 sites closed')).toEqual([['3', 3, 'sites']]);
  });
  it('from a caption after its table number, in a table aligned with spaces', () => {
    expect(cells('Table 7  GHG emissions (million tonnes CO2-e)\n                     2023      2022\nScope 1 (vessels)    10.46     10.91\n')).toEqual([
      ['10.46', 10_460_000, 'tCO2e'],
      ['10.91', 10_910_000, 'tCO2e'],
    ]);
  });
  it('from a bilingual unit cell whose English half states the scale in digits, which is no figure', () => {
    const table = '指标 Indicator    单位 Unit    2023    2022\n原煤产量 Raw coal output    万吨 10,000 tonnes    32,730    31,420\n发电量 Power generation    亿千瓦时 100 million kWh    2,104.6    1,982.3\n';
    expect(cells(table)).toEqual([
      ['32,730', 327_300_000, 't'],
      ['31,420', 314_200_000, 't'],
      ['2,104.6', 210_460_000_000, 'kWh'],
      ['1,982.3', 198_230_000_000, 'kWh'],
    ]);
    // the halves must agree, and a cell of digits alone is no statement
    expect(specIn('亿元 RMB 10 million')).toBeNull();
    expect(specIn('10 tonnes')).toBeNull();
  });
  it('from a caption in rand, and the change column of a signed cell', () => {
    expect(cells('Value distributed (Rm)        2023        2022\nCommunities                    412         386\n')).toEqual([
      ['412', 412e6, 'ZAR'],
      ['386', 386e6, 'ZAR'],
    ]);
    expect(cells('单位：万人次\n指标\t2023年\t同比(%)\n旅客吞吐量\t11,200.5\t+130.4\n')).toEqual([
      ['11,200.5', 112_005_000, '人次'],
      ['130.4', 130.4, '%'],
    ]);
  });
  it('from a caption listing each row\'s unit, taking the scale they share and no unit', () => {
    expect(specIn('单位：万人次、万吨、万架次')).toEqual({ factor: 1e4, unit: null });
    expect(specIn('单位：万吨、亿元')).toBeNull();
  });
  it('not for the page number of a running head that lines up under a table', () => {
    const page = (n: number) => `Solidcrest Materials | Annual Report 2023        ${n}\n`;
    const table = 'Table 12: Greenhouse gas emissions (Mt CO2)\n                 2023      2022\nScope 2          5.8       6.3\n\n';
    expect(cells(page(47) + table + page(48))).toEqual([
      ['5.8', 5.8, 'MtCO2'],
      ['6.3', 6.3, 'MtCO2'],
    ]);
  });
  it('from the first header cell over financial-year columns, in a table aligned with spaces', () => {
    expect(cells('Capital program ($m)               2023-24     2022-23\nWater                                 612         548\n')).toEqual([
      ['612', 612e6, 'USD'],
      ['548', 548e6, 'USD'],
    ]);
  });
  it('not onto a row stating a unit of its own the tables do not know, and the caption\'s scale word is no figure', () => {
    const table = 'Harvest and production (thousands of m3 unless stated)\n                          2023        2022\nHarvest volume            14,820      15,960\nLumber production (MMfbm)  3,912       4,105\n';
    expect(cells(table)).toEqual([
      ['14,820', 14_820_000, 'm3'],
      ['15,960', 15_960_000, 'm3'],
      ['3,912', 3912, ''],
      ['4,105', 4105, ''],
    ]);
  });
  it("keeps a table's currency scale off a per-share row", () => {
    expect(cells('£m unless stated\tFY25\tFY24\nRevenue\t4,218\t3,987\nBasic EPS (p)\t21.4\t(1.1)')).toEqual([
      ['4,218', 4_218e6, 'GBP'],
      ['3,987', 3_987e6, 'GBP'],
      ['21.4', 21.4, 'GBp'],
      ['(1.1)', -1.1, 'GBp'],
    ]);
  });
  it('from a unit cell that gives a scale in words, which is no figure itself', () => {
    expect(cells('指标\t单位\t2024年\n总工时\t百万工时\t86.42\n损失工时事故率\t起/百万工时\t0.16')).toEqual([
      ['86.42', 86_420_000, '工时'],
      ['0.16', 0.16, ''],
    ]);
    expect(cells('每百万工时损失工时事故率下降62%')).toEqual([['62%', 62, '%']]);
  });
  it('not from the table before it, nor from a rate', () => {
    expect(cells('员工\t人\n\n员工健康\n指标\t单位\t2022 财年\n工伤率\t工伤人数 / 百万工作小时\t0.11')).toEqual([['0.11', 0.11, '']]);
  });
  it('not in running text under a caption', () => {
    expect(cells('Water (in thousands of cubic metres)\nThe site used 84.2 of it.')).toEqual([['84.2', 84.2, '']]);
  });
});

describe('a statement of unit', () => {
  it('is read only when every word of it is a currency, a scale, a unit or a filler', () => {
    expect(specIn('(million tonnes CO2-e)')).toEqual({ factor: 1e6, unit: { unit: 'tCO2e', kind: 'measure' } });
    expect(specIn('（人民币百万元）')).toEqual({ factor: 1e6, unit: { unit: 'CNY', kind: 'currency' } });
    expect(specIn("HK$'000")).toEqual({ factor: 1e3, unit: { unit: 'HKD', kind: 'currency' } });
    expect(specIn('(in thousands)')).toEqual({ factor: 1e3, unit: null });
    expect(specIn('(including 5 million users)')).toBeNull();
    expect(specIn('Scope 1')).toBeNull();
    expect(specIn('Water supplied (Ml/d)')).toEqual({ factor: 1, unit: { unit: 'ML', kind: 'measure' } });
    expect(specIn('tCO2e / RMB million')).toBeNull();
  });
  it('reads a currency with a scale letter glued to it, and a default the rows may override', () => {
    expect(specIn('£m unless stated')).toEqual({ factor: 1e6, unit: { unit: 'GBP', kind: 'currency' } });
    expect(specIn('(US$bn)')).toEqual({ factor: 1e9, unit: { unit: 'USD', kind: 'currency' } });
    expect(specIn('Revenue (£m unless otherwise stated)')).toEqual({ factor: 1e6, unit: { unit: 'GBP', kind: 'currency' } });
    expect(specIn('(Transmission)')).toBeNull();
  });
  it('reads an ISO currency code with its scale glued or a word apart (EURm, EUR m), not a code word', () => {
    expect(specIn('(EURm)')).toEqual({ factor: 1e6, unit: { unit: 'EUR', kind: 'currency' } });
    expect(specIn('Template 1: GAR stock (EUR m)')).toEqual({ factor: 1e6, unit: { unit: 'EUR', kind: 'currency' } });
    expect(specIn('USD bn')).toEqual({ factor: 1e9, unit: { unit: 'USD', kind: 'currency' } });
    expect(specIn('(EUR mobility)')).toBeNull();
    expect(specIn('(Eurm)')).toBeNull();
    expect(specIn('Financial summary (AED mn)')).toEqual({ factor: 1e6, unit: { unit: 'AED', kind: 'currency' } });
    expect(specIn('Access programme sales (CHF m)')).toEqual({ factor: 1e6, unit: { unit: 'CHF', kind: 'currency' } });
  });
  it('reads a scale written before the currency sign (M€) and a Chinese caption that states amounts in RMB million', () => {
    expect(specIn('Revenue (M€)')).toEqual({ factor: 1e6, unit: { unit: 'EUR', kind: 'currency' } });
    expect(specIn('（除特别注明外，金额单位均以人民币百万元列示）')).toEqual({ factor: 1e6, unit: { unit: 'CNY', kind: 'currency' } });
    expect(extractFigures('（除特别注明外，金额单位均以人民币百万元列示）')).toEqual([]);
  });
  it('reads a scale before the noun a row counts ((m courses)), the noun left to the label', () => {
    expect(specIn('Malaria treatments (m courses)')).toEqual({ factor: 1e6, unit: null });
    expect(specIn('Visitors (million visitors)')).toEqual({ factor: 1e6, unit: null });
    expect(specIn('(m)')).toBeNull();
  });
  it('reads a bilingual statement once when its two languages agree', () => {
    expect(specIn('（百万港元 HK$ million）')).toEqual({ factor: 1e6, unit: { unit: 'HKD', kind: 'currency' } });
    expect(specIn("千个千瓦时 '000 kWh")).toEqual({ factor: 1e3, unit: { unit: 'kWh', kind: 'measure' } });
    expect(specIn('人 persons')).toEqual({ factor: 1, unit: { unit: '人', kind: 'count' } });
    expect(specIn('百万港元 RMB million')).toBeNull();
  });
  it("reads a per-share row's hundredth of a currency, durations and percentage points", () => {
    expect(specIn('Basic EPS (p)')).toEqual({ factor: 1, unit: { unit: 'GBp', kind: 'currency' } });
    expect(specIn('每股股息（港仙）Dividend per share (HK cents)')).toEqual({ factor: 1, unit: { unit: 'HK cents', kind: 'currency' } });
    expect(specIn('Average time to close (days)')).toEqual({ factor: 1, unit: { unit: 'days', kind: 'duration' } });
    expect(specIn('Change (pp)')).toEqual({ factor: 1, unit: { unit: 'pp', kind: 'pp' } });
    expect(specIn('百万工时')).toEqual({ factor: 1e6, unit: { unit: '工时', kind: 'count' } });
  });
  it('in words is not a figure itself', () => {
    expect(extractFigures('总能耗量 ( 百万瓦时 )\n单位：亿元')).toEqual([]);
  });
});

describe('a table in full-width digits', () => {
  it('takes its caption for every row, the rows above being values too (１，０２５ under 單位：吉焦)', () => {
    const text = '表２－３　能源使用統計　　　　單位：吉焦（ＧＪ）\n項目　　　　２０２３年　　２０２２年\n外購電力　　１８５，２３０　　１９１，８７０\n天然氣　　　２３，４１０　　２４，９００\n柴油　　　　１，０２５　　１，１８０\n';
    expect(cells(text).map((c) => c[2])).toEqual(['GJ', 'GJ', 'GJ', 'GJ', 'GJ', 'GJ']);
  });
});

describe('a table whose columns a bar parts (a full-width ｜, a box-drawing │, as a Markdown |)', () => {
  it('gives each cell before a bar its caption, and a rate row its own unit', () => {
    const text = '表6　固体废物　　　　　　　单位：万吨\n指标　　　　　　　　　｜2023年 ｜2022年\n一般工业固废产生量　　｜  412.5 ｜  398.0\n单位产品固废（千克/吨）｜   35.2 ｜   36.8\n';
    expect(cells(text)).toEqual([
      ['412.5', 4_125_000, 't'],
      ['398.0', 3_980_000, 't'],
      ['35.2', 35.2, ''],
      ['36.8', 36.8, ''],
    ]);
    expect(cells(text.replace(/｜/g, '│')).map((c) => c[1])).toEqual([4_125_000, 3_980_000, 35.2, 36.8]);
  });
  it("takes a row label's own unit past the bar (（%）)", () => {
    expect(cells('单位：万立方米\n项目　　　　　｜2023年 ｜2022年\n取水量　　　　｜  1,820 ｜  1,904\n重复利用率（%）｜   97.6 ｜   96.9\n')).toEqual([
      ['1,820', 18_200_000, 'm3'],
      ['1,904', 19_040_000, 'm3'],
      ['97.6', 97.6, '%'],
      ['96.9', 96.9, '%'],
    ]);
  });
});

describe('a row label wrapped over two lines', () => {
  it("is read whole: a rate's base on the second line scales nothing, the caption stays off the rate", () => {
    const text = '單位：公噸CO2e\n項目                 2023年      2022年\n範疇一              5,210.4     5,388.0\n排放強度（公噸CO2e/\n新臺幣百萬元）        1.32        1.41\n';
    expect(cells(text)).toEqual([
      ['5,210.4', 5210.4, 'tCO2e'],
      ['5,388.0', 5388, 'tCO2e'],
      ['1.32', 1.32, ''],
      ['1.41', 1.41, ''],
    ]);
  });
  it('leaves a label closing no bracket to its own line', () => {
    expect(cells('单位：万吨\n指标（范围\n一）            2023年\n排放量          12.5\n').map((c) => c[1])).toEqual([125_000]);
  });
});

describe('a gas named before its mass in a statement of unit', () => {
  it('reads ( 二氧化碳当量 - 万吨 ) and (CO2e, tonnes) as that mass of the gas, a slash still a rate', () => {
    expect(specIn('温室气体排放（二氧化碳当量 - 万吨）')).toEqual({ factor: 1e4, unit: { unit: 'tCO2e', kind: 'measure' } });
    expect(specIn('（二氧化碳當量－噸）')).toEqual({ factor: 1, unit: { unit: 'tCO2e', kind: 'measure' } });
    expect(specIn('Scope 1 (CO2e, tonnes)')).toEqual({ factor: 1, unit: { unit: 'tCO2e', kind: 'measure' } });
    expect(specIn('（二氧化碳当量/吨）')).toBeNull();
    expect(cells('范围一排放（二氧化碳当量 - 万吨）\t12.4\t13.1')).toEqual([
      ['12.4', 124_000, 'tCO2e'],
      ['13.1', 131_000, 'tCO2e'],
    ]);
  });
});

/** A header row and the `%` alone on the line under it, over its last column. */
const CHANGE_HEADER = [
  '                                   FY2023        FY2022       Change',
  '                                                                   %',
];

describe('unit lines inside a table: a column header\'s second line, a block caption, a row\'s English label', () => {
  it("takes a `%` alone under a header row as that column's unit only, over a row's own unit or scale", () => {
    const table = [
      ...CHANGE_HEADER,
      "Fuel oil consumed ('000 litres)    48,215        51,630        (6.6)",
      'Electricity consumed (MWh)         22,408        21,176          5.8',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['48,215', 48_215_000, 'L'],
      ['51,630', 51_630_000, 'L'],
      ['(6.6)', -6.6, '%'],
      ['22,408', 22_408, 'MWh'],
      ['21,176', 21_176, 'MWh'],
      ['5.8', 5.8, '%'],
    ]);
  });
  it("reads a block caption under a row of values for the rows below it, the `%` column's own header still heading it", () => {
    const table = [
      ...CHANGE_HEADER,
      'Electricity consumed (MWh)         22,408        21,176          5.8',
      'GHG emissions (tCO2e)',
      '  Scope 1                         131,920       141,255        (6.6)',
    ].join('\n');
    expect(cells(table).slice(3)).toEqual([
      ['131,920', 131_920, 'tCO2e'],
      ['141,255', 141_255, 'tCO2e'],
      ['(6.6)', -6.6, '%'],
    ]);
  });
  it('reads a label that is only its unit in brackets with the words on the line above (a rate: no unit)', () => {
    const table = [
      ...CHANGE_HEADER,
      'GHG emissions (tCO2e)',
      '  Scope 1                         131,920       141,255        (6.6)',
      'Emissions intensity',
      '  (tCO2e/S$ million revenue)        167.5         188.7       (11.2)',
    ].join('\n');
    expect(cells(table).slice(3)).toEqual([
      ['167.5', 167.5, ''],
      ['188.7', 188.7, ''],
      ['(11.2)', -11.2, '%'],
    ]);
  });
  it("takes no scale from the English label of the row above in a table labelled in Chinese", () => {
    const table = [
      '                                      2023            2022    變動 Change',
      '客戶數目（千戶）                     642.5           636.8           0.9%',
      "Number of customers ('000)",
      '平均淨電價（港仙／千瓦時）           148.6           131.2          13.3%',
      'Average net tariff (HK cents/kWh)',
    ].join('\n');
    expect(cells(table).map((c) => c[1])).toEqual([642_500, 636_800, 0.9, 148.6, 131.2, 13.3]);
  });
  it('keeps a column headed by a rate free of a caption above the table', () => {
    const text = [
      'Average interruption (minutes)',
      '',
      '二零二四年電價 2024 Tariff                        港仙／千瓦時 HK cents/kWh',
      '基本電價 Basic tariff                                                118.4',
    ].join('\n');
    expect(cells(text)).toEqual([['118.4', 118.4, '']]);
  });
});

describe('a rate row under a caption of what the table counts', () => {
  it('takes no count from the caption (单位：起 over 事故率), while the counts keep it', () => {
    const table = '表5 安全生产                                  单位：起\n指标                        2022年     2023年\n安全生产事故                    3          1\n百万工时损失工时事故率        0.08       0.06\n';
    expect(cells(table)).toEqual([
      ['3', 3, '起'],
      ['1', 1, '起'],
      ['0.08', 0.08, ''],
      ['0.06', 0.06, ''],
    ]);
  });
});
