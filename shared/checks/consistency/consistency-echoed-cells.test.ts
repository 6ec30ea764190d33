import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tea company's report: `茶叶` is on every row of its estates' table, too common a word to pair the section's
// `公司销售茶叶34,620吨` with the key table's `茶叶销量  吨  34,620`; the digits written alike pair them
const estates = Array.from({ length: 36 }, (_, n) => `第${n + 1}号茶园茶叶产量          吨            ${400 + n * 7}`);
const report = (bound: string, row: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司全年销售茶叶${bound}，带动茶农增收，品牌影响力持续提升。`,
    '',
    '二、经营情况',
    '',
    '2024年，公司销售茶叶34,620吨，其中绿茶21,480吨、红茶13,140吨。',
    '',
    '表2：各茶园茶叶产量',
    '茶园                          单位          2024年',
    ...estates,
    '',
    '关键绩效表',
    '指标                          单位          2024年        2023年',
    // (a row named by the letter's verb and noun, `茶叶销量`, restates its bound whatever its digits: consistency-zh-deed-rows)
    `茶叶出货量                    吨            ${row}        32,180`,
    '茶园面积                      万亩          12.6          12.1',
    '',
  ].join('\n');

const groupOf = (bound: string, row: string) =>
  checksOf('consistency', report(bound, row)).filter((c) => c.rule === 'consistency.same-metric' && c.figures.some((f) => f.value === 34_620) && c.figures.some((f) => f.value === 35_000));

describe('a text figure and a key table cell written alike, their one shared word too common to pair them', () => {
  it('joins the cell to the bound the text figure turns (`超过3.5万吨` against 34,620 in the text and the table)', () => {
    expect(groupOf('超过3.5万吨', '34,620').map((c) => [c.holds, c.figures.length])).toEqual([[false, 3]]);
  });

  it('pairs no cell whose digits differ', () => {
    expect(groupOf('超过3.5万吨', '34,260').map((c) => [c.holds, c.figures.length])).toEqual([[false, 2]]);
  });
});
