import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bakery chain's report: a sentence gives one row's figure of the energy table, the table below gives every row's
const english = (said: string) =>
  [
    '2.1 Energy',
    '',
    `Energy use fell 2.6% to 18,420 GJ. Ovens ran on grid electricity and natural gas; ${said}, as two depots moved to electric vans.`,
    '',
    'Table 2  Energy use (GJ)',
    'Source                          2024       2023   Change (%)',
    'Grid electricity               9,840      9,760         +0.8',
    'Natural gas                    5,710      5,980         -4.5',
    'LPG (depot forklifts)          1,870      1,940         -3.6',
    'Diesel (delivery vans)         1,000      1,230        -18.7',
    'Total energy                  18,420     18,910         -2.6',
    '',
  ].join('\n');

// a dairy's report: the same slip in Chinese
const chinese = (said: string) =>
  [
    '（一）能源',
    '',
    `2024年公司能源消耗总量为8,460兆瓦时。${said}，主要因新增冷库投入运行。`,
    '',
    '表2  能源消耗（兆瓦时）',
    '能源类型                        2024年      2023年',
    '外购电力                         5,230       4,980',
    '天然气                           2,410       2,560',
    '柴油                               820         870',
    '能源消耗总量                     8,460       8,410',
    '',
  ].join('\n');

const neighbourRow = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.rule === 'consistency.neighbour-row')
    .map((c) => [c.holds, c.figures.slice(0, 2).map((f) => f.value)]);

describe('a running-text figure of one table row that is another row`s figure', () => {
  it('flags `diesel use fell 18.7% to 1,870 GJ` where the diesel row says 1,000 and the LPG row 1,870', () => {
    expect(neighbourRow(english('diesel use fell 18.7% to 1,870 GJ'))).toEqual([[false, [1870, 1000]]]);
  });

  it('flags `柴油消耗2,410兆瓦时` where the 柴油 row says 820 and the 天然气 row 2,410', () => {
    expect(neighbourRow(chinese('柴油消耗2,410兆瓦时'))).toEqual([[false, [2410, 820]]]);
  });

  it('holds the named row`s own figure, and sets no other value against it by this rule', () => {
    expect(neighbourRow(english('diesel use fell 18.7% to 1,000 GJ'))).toEqual([]);
    expect(neighbourRow(english('diesel use fell 18.7% to 1,200 GJ'))).toEqual([]);
    expect(neighbourRow(chinese('柴油消耗820兆瓦时'))).toEqual([]);
  });

  it('reads the column of the year the sentence names', () => {
    expect(neighbourRow(english('in 2023 diesel use was 1,940 GJ'))).toEqual([[false, [1940, 1230]]]);
    expect(neighbourRow(english('in 2023 diesel use was 1,230 GJ'))).toEqual([]);
  });

  it('reads a list`s item by its own name, and passes over a row the sentence names too', () => {
    expect(neighbourRow(chinese('外购电力5,230兆瓦时、天然气2,410兆瓦时、柴油820兆瓦时'))).toEqual([]);
    expect(neighbourRow(chinese('柴油和天然气消耗合计3,230兆瓦时，其中天然气2,410兆瓦时'))).toEqual([]);
    expect(neighbourRow(english('our vans used 1,000 GJ of diesel and our forklifts 1,870 GJ of LPG'))).toEqual([]);
  });

  it('reads no rate against a row of counts whose words name it (`recordable injury frequency of 0.41` and `Recordable injuries  38`)', () => {
    const text = [
      'Our total recordable injury frequency of 0.41 was the best in our history.',
      '',
      'Table 7  Safety',
      '                                 2024        2023',
      'Hours worked (millions)          18.6        17.9',
      'Recordable injuries                38          44',
      'TRIF (per 200,000 hours)         0.41        0.49',
      '',
    ].join('\n');
    expect(neighbourRow(text)).toEqual([]);
  });
});
