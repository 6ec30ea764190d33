import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');
const failing = (text: string) => priorYear(text).filter((c) => !c.holds).map((c) => c.figures.map((f) => [f.role, f.value]));

describe('a rate one table gives, said of a level another table nearly gives, from the same year before', () => {
  it('reads the rate on the other row\'s own cells too (English, two rows named alike)', () => {
    const report = (total: string) =>
      `Water withdrawal fell 3.8% to 2,412 megalitres in 2024, as the Riverside plant reused more process water.\n\n` +
      `Key figures\n\nIndicator                  Unit          2024        2023\nWater withdrawal           ML           2,412       2,506\nEmployees                  persons      1,842       1,806\n\n` +
      `Table 4: Water by source (ML)\n\nSource                        2024        2023\nMains water                  1,552       1,586\nGroundwater                    860         920\nTotal water withdrawal       ${total}       2,506\n`;
    // 2,506 -> 2,421 is -3.4%: the total the text does not give breaks the rate the key figures give
    expect(failing(report('2,421'))).toEqual([[['old', 2506], ['new', 2421], ['result', 3.8], ['mention', 2412]]]);
    expect(failing(report('2,412'))).toEqual([]);
  });

  it('reads it on the named row when the figure is a bare 合计\'s (Chinese)', () => {
    const report = (kpi: string) =>
      `2024年，公司售水量3,864万立方米，同比增长5.0%，新增供水管网126公里。\n\n` +
      `表1 分区售水量（单位：万立方米）\n\n分区          2023年       2024年\n城区          2,410        2,530\n开发区        1,270        1,334\n合计          3,680        3,864\n\n` +
      `关键绩效表\n\n指标          单位          2023年       2024年\n售水量        万立方米      3,680        ${kpi}\n员工总数      人            1,206        1,238\n`;
    // 3,680 -> 3,846 is +4.5%, not the 5.0% the 合计 gives
    expect(failing(report('3,846'))).toEqual([[['old', 3680e4], ['new', 3846e4], ['result', 5], ['mention', 3864e4]]]);
    expect(failing(report('3,864'))).toEqual([]);
  });

  it('says nothing of a row named alike from another year before (a part\'s own row)', () => {
    const text =
      `2024年，公司范围一及范围二排放合计512.6万吨二氧化碳当量，同比下降2.0%。\n\n` +
      `关键绩效表\n\n指标                          单位                2024年        2023年\n范围一及范围二排放            万吨二氧化碳当量      512.6         523.1\n\n` +
      `表3：温室气体排放（单位：万吨二氧化碳当量）\n\n指标                          2024年        2023年\n范围二排放                    498.2         506.4\n范围一及范围二排放合计        512.6         523.1\n`;
    expect(failing(text)).toEqual([]);
  });
});
