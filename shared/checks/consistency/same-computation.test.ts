import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const pairs = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.rule === 'consistency.same-computation')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('one computation stated twice with two results', () => {
  it('sets a table\'s share cell against the text\'s share of the same two figures', () => {
    const report = (cell: string) =>
      `Table 2: Deliveries by region (thousand hectolitres)\n\nRegion          2024   Share (%)     2023   Change (%)\nNorth          1,286        ${cell}    1,204        +6.8\nSouth          1,835        58.8    1,790        +2.5\nTotal          3,121       100.0    2,994        +4.2\n\n` +
      'We delivered 3,121 thousand hectolitres in 2024. The North took 1,286 thousand hectolitres, or 41.2% of the total.\n';
    expect(pairs(report('41.2'))).toEqual([]);
    expect(pairs(report('42.1'))).toEqual([[false, [42.1, 41.2]]]);
  });

  it('sets a text\'s share against the key figures\' row the note defines as the same quotient (Chinese)', () => {
    const report = (share: string) =>
      `2024年公司研发投入3.86亿元，较上年的3.42亿元增长12.9%，占营业收入的${share}%。\n\n关键绩效表\n\n指标                          单位        2024年        2023年\n营业收入                      亿元         53.62         49.18\n研发投入                      亿元          3.86          3.42\n研发投入占营业收入比例        %              7.2           7.0\n`;
    // (the text's share, read without the `的` closing its whole, names the row's very words: the metric's own check sets them
    // against each other, and this rule, which reads what that check leaves, says it no second time)
    const set = (text: string) =>
      checksOf('consistency', text)
        .filter((c) => (c.rule === 'consistency.same-computation' || c.rule === 'consistency.same-metric') && c.figures.some((f) => f.value === 7.2))
        .map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(set(report('7.2')).filter(([holds]) => !holds)).toEqual([]);
    expect(set(report('7.9'))).toEqual([[false, [7.9, 7.2]]]);
  });
});

describe('one change stated twice on two bases', () => {
  it('sets the base that does not give the rate against the one that does', () => {
    const report = (cell: string) =>
      `2024年公司营业收入52.60亿元，较上年的48.20亿元增长9.1%。\n\n表2 营业收入构成（单位：亿元）\n\n业务              2024年       2023年     同比（%）\n港口装卸           31.40        28.70         9.4\n物流服务           21.20        19.50         8.7\n合计               52.60        ${cell}         9.1\n`;
    // (a year-before value said in words, `较上年的`, is set against its row's year before by table-row-year-pairs too: one
    // check of the pair is reported, whichever rule reads it first)
    const bases = (text: string) =>
      checksOf('consistency', text)
        .filter((c) => (c.rule === 'consistency.change-base' || c.rule === 'consistency.year-pair-row') && c.figures.some((f) => f.value === 48.02e8))
        .map((c) => [c.holds, c.figures.map((f) => f.value).sort((x, y) => x - y)]);
    expect(bases(report('48.20'))).toEqual([]);
    expect(bases(report('48.02'))).toEqual([[false, [48.02e8, 48.2e8]]]);
  });
});


// A share or intensity of the letter that disagrees with the table's cell of the same metric is that cell's quotient
// misstated: reported over the quotient's inputs, not only as two figures that differ.
describe('a quotient’s result said otherwise elsewhere', () => {
  const misstated = (text: string) =>
    checksOf('ratio', text)
      .filter((c) => c.rule === 'ratio.result-stated-otherwise')
      .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);
  const report = (letter: string) =>
    [
      'Letter from the Chair',
      '',
      `We bottled more than ever, and sparkling wine accounted for ${letter}% of our sales.`,
      '',
      'Table 1: Sales by wine (GBP thousand)',
      '',
      'Wine                  2024    Share (%)       2023',
      'Sparkling wine      18,460       57.8       16,120',
      'Still white          9,720       30.4        9,410',
      'Still red            3,760       11.8        3,980',
      'Total               31,940      100.0       29,510',
    ].join('\n');

  it('reports the letter’s 62.6% (over last year’s total) over 18,460 of 31,940, which the table’s 57.8 states', () => {
    // (or row-shares-named-in-text does first, the letter's paragraph before the table naming its caption's sales: the same mismatch)
    const either = checksOf('ratio', report('62.6'))
      .filter((c) => c.rule === 'ratio.result-stated-otherwise' || c.rule === 'ratio.row-share-named-in-text')
      .map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);
    expect(either).toEqual([[false, [18_460e3, 31_940e3, 62.6]]]);
  });

  it('says nothing when the letter agrees with the table', () => {
    expect(misstated(report('57.8'))).toEqual([]);
  });

  it('leaves to consistency a figure no input of last year explains (a slip of its own, another measure)', () => {
    expect(misstated(report('75.8'))).toEqual([]);
  });

  it('reports a share said with its numerator whose result swaps two digits of the table\'s (`EUR 982 million represented 87.3%` for 78.3)', () => {
    const kpis = (said: string) =>
      [
        'Green finance KPIs 2024         Total (EUR million)    Eligible (EUR million)    Eligible (%)',
        'Loans                                        4 862                     2 146           44.1',
        'Bonds                                        1 254                       982           78.3',
        'Leases                                         316                       148           46.8',
        '',
        said,
      ].join('\n');
    expect(misstated(kpis('Eligible bonds of EUR 982 million represented 87.3% of bonds as defined by the framework.'))).toEqual([[false, [982e6, 1_254e6, 87.3]]]);
    // (a swap said without the numerator may be another share: a consistency pair says it)
    expect(misstated(kpis('Eligible bonds represented 87.3% of bonds as defined by the framework.'))).toEqual([]);
  });
});

describe('one computation stated in a report and its translation with two results', () => {
  const zh = `2024年，公司奶牛存栏总数52,400头，较上年的48,600头增长7.8%。其中东部牧场存栏21,800头，较上年的19,400头增长12.4%。

表1：奶牛存栏按区域划分（单位：头）

区域            2024年      2023年     同比（%）
东部            21,800      19,400       +12.4
西部            30,600      29,200        +4.8
合计            52,400      48,600        +7.8
`;
  const en = (east: string) => `In 2024 our dairy herd numbered 52,400 cows, 7.8% more than the 48,600 of 2023. The eastern farms held 21,800 cows, up from 19,400.

Table 1: Dairy herd by region (head)

Region          2024        2023     Change (%)
East          21,800      19,400        ${east}
West          30,600      29,200         +4.8
Total         52,400      48,600         +7.8
`;
  const across = (english: string) =>
    checksOf('consistency', ['huatai-dairy-2024-zh.txt', zh], ['huatai-dairy-2024-en.txt', english])
      .filter((c) => c.rule === 'consistency.same-computation-across')
      .map((c) => c.figures.map((f) => [f.doc.slice(-6, -4), f.value]));

  it('sets the English cell that does not hold against each Chinese statement of the rate that does', () => {
    expect(across(en('+11.0'))).toEqual([[['en', 11], ['zh', 12.4], ['zh', 12.4]]]);
    expect(across(en('+12.4'))).toEqual([]);
  });

  it('says nothing where the other file states the rate once: one figure against one is its translation checks\' to set side by side', () => {
    const once = zh.replace('其中东部牧场存栏21,800头，较上年的19,400头增长12.4%。', '其中东部牧场存栏21,800头。');
    const english = en('+11.0');
    expect(
      checksOf('consistency', ['huatai-dairy-2024-zh.txt', once], ['huatai-dairy-2024-en.txt', english]).filter((c) => c.rule === 'consistency.same-computation-across'),
    ).toEqual([]);
  });
});
