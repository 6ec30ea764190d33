import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { ruleChecks } from '../index';

const yearBefore = (text: string) => ruleChecks([checkDoc('report.txt', text)]).filter((c) => c.rule === 'ratio.year-before-of-rows');

// a store chain's report: the text works out this year's emissions per 万元 of revenue; the key table gives each figure's
// year before, its intensity in 吨/万元 under a label naming no gas against emissions in 吨二氧化碳当量 (which the table's
// own quotient rules pass over: a label naming the gas, `单位营业收入温室气体排放`, they read themselves)
const STORES = [
  '二、排放',
  '',
  '2024年，公司实现营业收入64,000万元，较上年的60,000万元增长6.7%。全年温室气体排放总量3,840吨二氧化碳当量，较上年的3,720吨增长3.2%。单位营业收入温室气体排放0.060吨/万元，上年为0.062吨/万元。',
  '',
  '关键绩效表',
  '',
  '指标                          单位                 2024年     2023年',
  '营业收入                      万元                 64,000     60,000',
  '门店数量                      家                      128        120',
  '员工总数                      人                    2,400      2,310',
  '温室气体排放总量              吨二氧化碳当量        3,840      3,720',
  '单位营业收入排放强度          吨/万元               0.060      0.062',
  '女性员工占比                  %                      56.0       55.2',
  '',
].join('\n');

describe("a holding quotient worked out again over its table rows' year before", () => {
  it("recomputes 2023's intensity over the rows' 2023 cells: 3,720吨 over 60,000万元 is the stated 0.062", () => {
    const [check] = yearBefore(STORES);
    expect(check).toBeDefined();
    expect(check!.holds).toBe(true);
    expect(check!.figures.map((f) => f.value)).toEqual([3_720, 600_000_000, 0.062]);
  });

  it('reports nothing when the year before does not come out (another definition the rows cannot tell from a slip)', () => {
    expect(yearBefore(STORES.replace('0.060      0.062', '0.060      0.071'))).toEqual([]);
  });
});
