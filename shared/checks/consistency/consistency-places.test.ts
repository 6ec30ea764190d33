import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { isPageNumber } from './agreement';

const consistency = (text: string) => checksOf('consistency', text);
const values = (text: string) => consistency(text).map((c) => [c.holds, c.rule, c.figures.map((f) => f.value)]);

describe('a key figures block beside the running text (consistency.ts)', () => {
  it('sets a `label: value` line against the paragraph just under it, though they stand close (`in the year` no word of the metric)', () => {
    const text = 'At a glance\nNew homes completed: 1,162\nTenant satisfaction: 71.8%\n\nOur homes\nWe completed 1,126 new homes in the year, 14.2% more than the 1,002 completed in 2022/23.\n';
    expect(values(text)).toEqual([[false, 'consistency.same-metric', [1_162, 1_126]]]);
  });

  it('sets a Chinese key figure against its section, a product named `计划` later in the sentence no target', () => {
    const text = '4.5 绿色投资\n截至2023年末，公司绿色投资余额268.4亿元，其中绿色债券112.5亿元、绿色基础设施债权投资计划98.3亿元。\n\n4.6 关键绩效\n绿色投资余额：286.4亿元\n清洁能源项目服务数量：2,846个\n';
    expect(values(text)).toEqual([[false, 'consistency.same-metric', [26_840_000_000, 28_640_000_000]]]);
  });

  it('still reads neighbouring lines of one block as a series, and a target as no restatement', () => {
    expect(consistency('At a glance\nHomes owned and managed: 42,816\nHomes managed for others: 41,906\n')).toEqual([]);
    const target = '公司绿色投资余额268.4亿元。\n\n4.6 关键绩效\n绿色投资余额：286.4亿元\n\n公司计划2025年绿色投资余额达到300亿元。\n';
    expect(consistency(target).flatMap((c) => c.figures.map((f) => f.value))).not.toContain(30_000_000_000);
  });
});

describe('cells of two tables (consistency.ts)', () => {
  const tables =
    'Table 1: Global headcount by region and gender\nRegion\tWomen\tMen\tTotal\nEurope\t1,104\t1,968\t3,072\nAsia Pacific\t1,026\t2,241\t3,267\n\n' +
    'Hiring\nWe hired 2,846 people in 2023.\n\n' +
    'We recruit through our own careers site and a few trusted agencies, and every hiring manager is trained.\n\n'.repeat(4) +
    'Table 3: Hires and voluntary leavers by region\nRegion\tHires\tVoluntary leavers\nEurope\t682\t258\nAsia Pacific\t874\t276\n';

  it('are no one claim when their columns head different things, though their rows share a region', () => {
    expect(consistency(tables)).toEqual([]);
  });

  it('are one claim when the columns head the same thing', () => {
    const again = tables.replace('Hires\tVoluntary leavers\nEurope\t682\t258\nAsia Pacific\t874\t276', 'Women\tVoluntary leavers\nEurope\t1,104\t258\nAsia Pacific\t1,032\t276');
    expect(values(again)).toContainEqual([false, 'consistency.same-metric', [1_026, 1_032]]);
  });
});

describe('a Chinese text figure whose metric goes on after a table row\'s label (consistency.ts)', () => {
  const table = '表4-1 绿色保险主要指标\n指标\t单位\t2021年\t2022年\t2023年\n绿色保险保费收入\t亿元\t33.25\t41.06\t48.62\n其中：清洁能源保险\t亿元\t9.86\t12.48\t15.37\n环境污染责任保险\t亿元\t3.12\t3.45\t3.91\n';

  it('measures another thing than the row when the table says none of those words (赔款, claims, of a line of premiums)', () => {
    expect(consistency(`全年绿色保险赔款支出21.37亿元，其中环境污染责任保险赔款2.15亿元。\n\n${table}`)).toEqual([]);
  });

  it('restates the row when the row it breaks down says them (保费收入 of the row under 绿色保险保费收入)', () => {
    // (a text figure naming no year is the latest column's, 3.91, not 2021's nearer 3.12)
    expect(values(`全年环境污染责任保险保费收入3.19亿元。\n\n${table}`)).toContainEqual([false, 'consistency.same-metric', [319_000_000, 391_000_000]]);
  });
});

describe('a target in the sentence before (consistency.ts)', () => {
  it('reads a figure after a stop that follows a year as a sentence of its own, no target (`… target for 2025. Food waste … reached 3,161 tonnes`)', () => {
    const table = '\n\nTable 6: Waste by destination, 2023\nDestination\tTonnes\tShare\nRecycled\t9,842\t50.1%\nComposted / anaerobic digestion\t3,116\t15.9%\n';
    const text = 'We kept 78.2% of our waste out of landfill, ahead of our 75% target for 2025. Food waste sent to anaerobic digestion and composting reached 3,161 tonnes.';
    expect(values(text + table)).toEqual([[false, 'consistency.same-metric', [3_161, 3_116]]]);
    expect(values(text.replace('2025. Food', '2025, and food') + table)).toEqual([]);
  });
});

describe('page numbers (consistency.ts)', () => {
  it('never sets two pages\' footers against each other', () => {
    // pages far apart: neighbours closer than a page are read as a series anyway
    const filler = '公司持续完善快递员培训体系，推动绿色物流与安全生产。'.repeat(20);
    const page = (n: number, next: string) => `${filler}\n\n顺达速运 2023年环境、社会及治理报告\t${n}\n\n${next}\n`;
    expect(values(`${page(18, '2.3 绿色包装')}${page(24, '2.4 员工发展')}`)).toEqual([]);
  });

  it('reads a bare number of three digits at most before or after the report\'s title as a page number', () => {
    const at = (line: string, n: string) => isPageNumber(line, { start: line.indexOf(n), end: line.indexOf(n) + n.length, text: n });
    expect(at('Aldbrook Homes | Annual Performance Report 2023/24 | 6', '6')).toBe(true);
    expect(at('24  Hartwell & Pryce plc  Annual Report and Accounts 2023/24', '24')).toBe(true);
    expect(at('钱塘支付 2023 年度可持续发展报告 | 52', '52')).toBe(true);
    expect(at('报告期内新增网点 120', '120')).toBe(false);
    expect(at('全球报告倡议组织 (GRI 标准 ) 指引 136', '136')).toBe(false);
    expect(at('Hospitals\t38', '38')).toBe(false);
  });
});

describe('a short row label or a total row restated in the text (consistency.ts)', () => {
  const sales = (text: string) => `${text}\n\n表1 整车销量（万辆）\n车型\t2022年\t2023年\n乘用车\t88.7\t102.4\n商用车\t21.9\t24.4\n合计\t110.6\t126.8\n`;

  it('sets `商用车销量24.2万辆` against the row `商用车` of a table of 销量, a label of three characters', () => {
    expect(values(sales('2023年，公司全年销售整车126.8万辆。商用车销量24.2万辆。'))).toContainEqual([false, 'consistency.same-metric', [242_000, 244_000]]);
    expect(values(sales('2023年，公司全年销售整车126.8万辆。商用车销量24.4万辆。'))).toContainEqual([true, 'consistency.same-metric', [244_000, 244_000]]);
    // words the table does not say over the row are another metric of the same vehicles
    expect(values(sales('2023年，公司全年销售整车126.8万辆。商用车保有量24.2万辆。')).filter(([, , v]) => (v as number[]).includes(242_000))).toEqual([]);
  });

  it('takes a short label\'s further words from the total row above it that it breaks down (`范围二` under `温室气体排放总量`)', () => {
    const table = '\n\n表3-1 能源与温室气体\n指标\t单位\t2022年\t2023年\n温室气体排放总量\t万吨二氧化碳当量\t42.18\t44.62\n其中：范围一\t万吨二氧化碳当量\t11.65\t11.76\n范围二\t万吨二氧化碳当量\t30.53\t32.86\n';
    expect(values('2023年，公司范围二排放32.68万吨，随外购电力增加而上升。' + table)).toContainEqual([false, 'consistency.same-metric', [326_800, 328_600]]);
  });

  it('reads a breakdown row\'s label without its `其中：` (`其中：范围一` is the row `范围一` under its total row)', () => {
    const table = '\n\n表3-1 能源与温室气体\n指标\t单位\t2022年\t2023年\n温室气体排放总量\t万吨二氧化碳当量\t42.18\t44.62\n其中：范围一\t万吨二氧化碳当量\t11.65\t11.76\n范围二\t万吨二氧化碳当量\t30.53\t32.86\n';
    expect(values('2023年，公司范围一排放11.67万吨，主要来自自有车辆。' + table)).toContainEqual([false, 'consistency.same-metric', [116_700, 117_600]]);
    expect(values('2023年，公司范围一排放11.76万吨，主要来自自有车辆。' + table)).toContainEqual([true, 'consistency.same-metric', [117_600, 117_600]]);
  });

  it('sets a text figure that names no year against its table\'s latest column, not an earlier one nearer in value', () => {
    const table = '\n\n表3-1 能源与温室气体\n指标\t单位\t2021年\t2022年\t2023年\n基酒产量\t万千升\t7.11\t8.05\t8.62\n';
    const checks = values('公司持续推进酿造工艺升级。全年基酒产量8.26万千升，同比增长7.1%。' + table);
    expect(checks).toContainEqual([false, 'consistency.same-metric', [82_600, 86_200]]);
    expect(checks.filter(([, , v]) => (v as number[]).includes(80_500))).toEqual([]);
  });

  const staff = (text: string) => `${text}\n\n表4-1 员工结构（2023年末）\n员工类别\t员工人数\t其中：女性\t女性占比\n快递员\t98,460\t8,120\t8.2%\n管理及职能人员\t76,900\t22,720\t29.5%\n合计\t175,360\t30,840\t17.6%\n`;

  it('sets a text total (`员工总数175,630人`) against the total row under the column that counts the same', () => {
    expect(values(staff('截至2023年12月31日，公司员工总数175,630人。'))).toContainEqual([false, 'consistency.same-metric', [175_630, 175_360]]);
    expect(values(staff('截至2023年12月31日，公司员工总数175,360人。'))).toContainEqual([true, 'consistency.same-metric', [175_360, 175_360]]);
    // another column's total counts another thing
    expect(values(staff('截至2023年12月31日，公司女工总数30,480人。')).filter(([, , v]) => (v as number[]).includes(30_480))).toEqual([]);
  });
});
