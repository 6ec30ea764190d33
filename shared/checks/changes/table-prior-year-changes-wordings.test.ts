import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a text rate against a table\'s year before, in more wordings and layouts', () => {
  it('reads the rows under a sub-heading of a table whose header wraps its change column over two lines', () => {
    const report = (rate: string) =>
      `Waste recycled rose ${rate}% to 41,260 tonnes in FY2023, as two more sites reached zero waste to landfill.\n\nEnvironmental performance\nIndicator                      Unit        FY2021     FY2022     FY2023     vs. prior\n                                                                            year (%)\nEnergy consumption             GWh        4,128.6    4,006.2    3,842.0       △4.1\nWaste by treatment\n  Landfilled                   tonnes       6,842      5,918      4,726      △20.1\n  Recycled                     tonnes      34,126     38,142     41,260        8.2\n`;
    expect(priorYear(report('8.2'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('9.2'))).toMatchObject([{ holds: false, stated: 9.2 }]);
  });

  it('reads `reduced Scope 1 emissions by N% from the previous fiscal year to` (51.3 -> 48.2 thousand t-CO2 is -6.0%)', () => {
    const report = (rate: string) =>
      `Through fuel switching at our foundries we reduced Scope 1 emissions by ${rate}% from the previous fiscal year to 48.2 thousand t-CO2.\n\nItem                 Unit              FY2021    FY2022    FY2023\nScope 1 emissions    thousand t-CO2      53.8      51.3      48.2\nScope 2 emissions    thousand t-CO2     141.6     128.4     117.9\n`;
    expect(priorYear(report('6.0'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('9.0'))).toMatchObject([{ holds: false, stated: 9 }]);
  });

  it('reads a Hong Kong report\'s `按年減少` (33,400 -> 3.26萬兆瓦時 is -2.4%)', () => {
    const report = (rate: string) => `年內總耗電量為3.26萬兆瓦時，按年減少${rate}%，主要由於更換LED照明。\n\n指標\t單位\t2022/23\t2021/22\n耗電量\t兆瓦時\t32,600\t33,400\n用水量\t立方米\t812,400\t798,600\n`;
    expect(priorYear(report('2.4'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('3.4'))).toMatchObject([{ holds: false, stated: 3.4 }]);
  });

  it('reads a bank\'s year-end balance `较年初增长` against the year before\'s column (356.3 -> 412.6 亿元 is +15.8%)', () => {
    const report = (rate: string) => `截至2023年末，本行普惠型小微企业贷款余额412.6亿元，较年初增长${rate}%。\n\n关键指标\n指标\t单位\t2021年\t2022年\t2023年\n普惠型小微企业贷款余额\t亿元\t298.4\t356.3\t412.6\n涉农贷款余额\t亿元\t1,024.8\t1,106.2\t1,198.4\n`;
    expect(priorYear(report('15.8'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('18.5'))).toMatchObject([{ holds: false, stated: 18.5 }]);
  });
});
