import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Table cells as reports lay them out, one row per line and cells apart by a tab or a column's
// run of spaces: each cell's sign and unit belong to it, never to the cell beside it.

const cells = (text: string): Array<[string, number, number | undefined, string, string]> =>
  extractFigures(text).map((f) => [f.text, f.value, f.valueMax, f.unit, f.qualifier]);

describe('signs in table cells', () => {
  it("reads a dash after a cell boundary as the next cell's minus, not a range", () => {
    const row = (gap: string): Array<[string, number, number | undefined, string, string]> =>
      cells(`氨氮排放量${gap}吨${gap}2.14${gap}2.37${gap}-9.7%`);
    expect(row('\t').slice(-2)).toEqual([
      ['2.37', 2.37, undefined, 't', 'exact'],
      ['-9.7%', -9.7, undefined, '%', 'exact'],
    ]);
    // the same row as a PDF lays it out, its columns apart by runs of spaces
    expect(row('   ').map((c) => c[1])).toEqual(row('\t').map((c) => c[1]));
    // in running text a spaced hyphen still joins a range
    expect(cells('10 -20 users')[0]?.slice(0, 3)).toEqual(['10 -20', 10, 20]);
  });
  it("reads a plus glued to the next cell as that cell's sign, not the first's 'over'", () => {
    expect(cells('光伏装机容量\t兆瓦\t46.5\t28.0\t+66.1%')).toEqual([
      ['46.5', 46.5, undefined, 'MW', 'exact'],
      ['28.0', 28, undefined, 'MW', 'exact'],
      ['66.1%', 66.1, undefined, '%', 'exact'],
    ]);
    expect(cells('100+ sites')[0]).toMatchObject(['100+', 100, undefined, 'sites', 'over']);
  });
  it('reads a change in parentheses with its percent sign after them as negative', () => {
    expect(cells('tCO2e\t2024\t2023\tChange\nScope 1\t48,215\t53,904\t(10.6)%')).toEqual([
      ['48,215', 48_215, undefined, 'tCO2e', 'exact'],
      ['53,904', 53_904, undefined, 'tCO2e', 'exact'],
      ['(10.6)%', -10.6, undefined, '%', 'exact'],
    ]);
    // in a sentence, parentheses only enclose the figure
    expect(cells('emissions fell (by 10.6)% overall')[0]?.[1]).not.toBe(-10.6);
  });
  it('reads a change in parentheses with its percent sign inside them as negative, in a cell only', () => {
    expect(cells('Metric          FY2023      YoY change\nEnergy (MWh)    276,412       (3.0%)')).toEqual([
      ['276,412', 276_412, undefined, 'MWh', 'exact'],
      ['(3.0%)', -3, undefined, '%', 'exact'],
    ]);
    expect(cells('sales rose by 12 stores (4.2%) in the year').map((c) => c[1])).toContain(4.2);
  });
  it("takes no Chinese noun for a cell from the next cell (`-23,415.67      不适用`), so the table's scale applies", () => {
    expect(cells('单位：万元\n项目          2023年          2022年          增减\n现金流量净额    152,306.80      -23,415.67      不适用')).toEqual([
      ['152,306.80', 1_523_068_000, undefined, 'CNY', 'exact'],
      ['-23,415.67', -234_156_700, undefined, 'CNY', 'exact'],
    ]);
  });
});

describe('a unit column before signed changes', () => {
  it('reads no figure in a scale unit cell (亿千瓦时) before a +40.8% cell, and no version number after a capitalised unit (MW   9.8)', () => {
    const table = '指标          单位            2023年      2022年      变动\n外购电力      亿千瓦时        86.42       61.37       +40.8%\n单位能耗      吨标准煤/MW     9.8         11.2        -12.5%';
    expect(cells(table).map((c) => [c[0], c[1]])).toEqual([
      ['86.42', 8_642_000_000],
      ['61.37', 6_137_000_000],
      ['40.8%', 40.8],
      ['9.8', 9.8],
      ['11.2', 11.2],
      ['-12.5%', -12.5],
    ]);
  });
});

describe('a spaced h ending a cell', () => {
  it('reads hours in a change column, not a spaced h in running text', () => {
    expect(cells('Training hours per employee      27      24      +3 h\nNext   1   2')[2]).toEqual(['3 h', 3, undefined, 'hours', 'exact']);
    expect(cells('it took 3 h to fix')).toEqual([]);
  });
});

describe('a word in the cell before', () => {
  it('labels the row: a code word or a unit there makes no code or version of the cell', () => {
    expect(cells('Employees (headcount)\tnumber\t5,326\t5,104')).toEqual([
      ['5,326', 5_326, undefined, '', 'exact'],
      ['5,104', 5_104, undefined, '', 'exact'],
    ]);
    expect(cells('Emissions intensity\tt CO2-e/MWh\t0.71\t0.74').map((c) => c[1])).toEqual([0.71, 0.74]);
    // spaced as words, the same words still make codes and versions
    expect(cells('see number 5,326 and MWh 0.71')).toEqual([]);
  });
});

describe('a table laid out with runs of spaces, as PDF text gives it', () => {
  const tabbed = 'Workforce data\t2024\t2023\nFatalities\t0\t1\nTraining spend (£m)\t6.3\t5.1\nEngagement score\t74\t72';
  const spaced = tabbed.replace(/\t/g, '      ');
  it('reads every cell, as the same table with tabs', () => {
    expect(cells(spaced)).toEqual(cells(tabbed));
    expect(cells(spaced).map((c) => c[1])).toEqual([0, 1, 6.3e6, 5.1e6, 74, 72]);
  });
  it("takes no noun for a row's last cell from the next row's label", () => {
    expect(cells('Total employees      14,208      13,102\nFemale employees (%)      38.6      36.4')[1]).toEqual(['13,102', 13_102, undefined, '', 'exact']);
    // letter-spaced text puts two spaces between its words: its number still takes the next line's noun
    expect(cells('a v a i l a b l e  w i t h  3 8 0 \nservices in total.')[0]?.[3]).toBe('services');
  });
  it("takes a row's unit from the cell before, and reads a scope's number as a code in traditional Chinese too", () => {
    expect(cells('  範圍1              噸二氧化碳當量        2,115         2,364')).toEqual([
      ['2,115', 2_115, undefined, 'tCO2e', 'exact'],
      ['2,364', 2_364, undefined, 'tCO2e', 'exact'],
    ]);
  });
});

describe("a table's scale stated once", () => {
  it('applies a currency in thousands (£000) and a traditional statement (單位：新臺幣仟元)', () => {
    expect(cells('Premiums by line (£000)\nLine      2024      2023\nHome      1,846,210      1,702,455').map((c) => c[1])).toEqual([1_846_210_000, 1_702_455_000]);
    expect(cells('單位：新臺幣仟元\n項目\t2024年\t2023年\n環保支出\t386,520\t342,870').map((c) => [c[1], c[3]])).toEqual([
      [386_520_000, 'TWD'],
      [342_870_000, 'TWD'],
    ]);
  });
  it('reads a unit cell with its scale in digits (1,000 tCO2eq, KRW 100 million), and no figure in it', () => {
    expect(cells('Category      Unit      2022      2023\nGHG emissions      1,000 tCO2eq      8,127      7,806\nInvestment      KRW 100 million      1,562      1,907').map((c) => [c[0], c[1], c[3]])).toEqual([
      ['8,127', 8_127_000, 'tCO2e'],
      ['7,806', 7_806_000, 'tCO2e'],
      ['1,562', 156_200_000_000, 'KRW'],
      ['1,907', 190_700_000_000, 'KRW'],
    ]);
    expect(cells('Target      1,000 employees      2,400').map((c) => c[1])).toEqual([1_000, 2_400]);
  });
  it('reads a multiplier caption ((amounts x €1,000)), and no figure in it', () => {
    expect(cells('Social investment (amounts x €1,000)\n            2023      2022\nDonations      1,206      978').map((c) => [c[0], c[1], c[3]])).toEqual([
      ['1,206', 1_206_000, 'EUR'],
      ['978', 978_000, 'EUR'],
    ]);
  });
  it('reads a caption that excepts percentages (（人民币亿元，百分比除外）), and no figure in it', () => {
    expect(cells('主要财务指标\n（人民币亿元，百分比除外）\n项目\t2024年\t2023年\t变动\n营业收入\t1,642.8\t1,587.3\t3.5%')).toEqual([
      ['1,642.8', 1.6428e11, undefined, 'CNY', 'exact'],
      ['1,587.3', 1.5873e11, undefined, 'CNY', 'exact'],
      ['3.5%', 3.5, undefined, '%', 'exact'],
    ]);
  });
  it('scales a cell that carries its own currency sign, under (in millions)', () => {
    expect(cells('(in millions)      Fiscal 2024      Fiscal 2023\nSalaries      $1,812      $1,705\nBenefits      232      219').map((c) => c[1])).toEqual([
      1.812e9, 1.705e9, 2.32e8, 2.19e8,
    ]);
  });
});

describe('a Markdown table', () => {
  it('reads its cells as the same table with tabs', () => {
    const piped = '| Indicator | Unit | 2024 | 2023 |\n|---|---|---|---|\n| Renewable electricity | % | 92 | 71 |\n| Energy | MWh | 148,220 | 151,930 |';
    const tabbed = 'Indicator\tUnit\t2024\t2023\nRenewable electricity\t%\t92\t71\nEnergy\tMWh\t148,220\t151,930';
    expect(cells(piped).map((c) => [c[1], c[3]])).toEqual(cells(tabbed).map((c) => [c[1], c[3]]));
    expect(cells(piped).map((c) => c[1])).toEqual([92, 71, 148_220, 151_930]);
  });
});

describe('marks and signs around a cell', () => {
  const table = 'Safety data      2024      2023\nSpills > 1 barrel      12      17\nVolume spilled (barrels)      146      310†\nSOx emissions (kt)      <0.1      0.1*';
  it("reads a cell with a footnote mark or a comparison sign, with its row's unit", () => {
    expect(cells(table).slice(2)).toEqual([
      ['146', 146, undefined, 'barrels', 'exact'],
      ['310', 310, undefined, 'barrels', 'exact'],
      ['0.1', 0.1, undefined, 'kt', 'under'],
      ['0.1', 0.1, undefined, 'kt', 'exact'],
    ]);
  });
  it("reads a comparison in a row's label as its category, no figure", () => {
    expect(cells(table).slice(0, 2).map((c) => c[1])).toEqual([12, 17]);
  });
});

describe('labels of table rows', () => {
  it("keeps a count in a row whose label opens with a title's abbreviation (Mr., Dr.)", () => {
    const table = 'Director                          Meetings attended      Attendance rate\nMr. Zhou Jianguo (Chairman)              8                    100%\nDr. Tan Kok Leong                        7                     88%';
    expect(cells(table)).toEqual([
      ['8', 8, undefined, '', 'exact'],
      ['100%', 100, undefined, '%', 'exact'],
      ['7', 7, undefined, '', 'exact'],
      ['88%', 88, undefined, '%', 'exact'],
    ]);
  });
  it("reads a note's mark glued to a Chinese label as the label's, the unit cell as the row's", () => {
    expect(cells('综合能源消耗量注2        万吨标准煤        412.6        398.1')).toEqual([
      ['412.6', 4126000, undefined, 'tce', 'exact'],
      ['398.1', 3981000, undefined, 'tce', 'exact'],
    ]);
  });
});

describe('a unit column parted by bars (│, ｜, as a Markdown |)', () => {
  it('reads no figure in a scale unit cell between bars, its scale on the values', () => {
    const table = '指标　　　　│单位　　│2023年　│2022年\n志愿服务时长│万小时　│　 12.6 │　 10.4\n服务人次　　│万人次　│　 58.4 │　 49.1\n';
    expect(extractFigures(table).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['12.6', 126_000, '小时'],
      ['10.4', 104_000, '小时'],
      ['58.4', 584_000, '人次'],
      ['49.1', 491_000, '人次'],
    ]);
    expect(extractFigures(table.replace(/│/g, '｜')).map((f) => f.value)).toEqual([126_000, 104_000, 584_000, 491_000]);
  });
});
