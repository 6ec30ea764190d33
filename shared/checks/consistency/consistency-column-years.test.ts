import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { collect } from './consistency-statements';

// a water utility's report: a text figure naming no year, and a key-figures table whose latest year is said in its header
const report = (header: string) =>
  [
    '一、经营概况',
    '',
    '本年度，公司实现营业收入86.42亿元，持续推进城乡供水一体化。',
    '',
    '表1  主要经营指标',
    header,
    '营业收入（亿元）              84.62          86.40',
    '供水总量（亿立方米）          18.6           17.9',
  ].join('\n');

const mismatches = (header: string) => checksOf('consistency', report(header)).filter((c) => !c.holds);
const values = (header: string) => mismatches(header).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

describe('a column\'s year read from a header one cell short of its rows (no heading over the labels)', () => {
  it('reads the first year over the first column of figures, as a header with a label cell does: the undated text figure is the latest year\'s', () => {
    expect(values('指标                          2024年         2023年')).toEqual([[8_462_000_000, 8_642_000_000]]);
    expect(values('                              2024年         2023年')).toEqual([[8_462_000_000, 8_642_000_000]]);
  });
});

describe('a running-text figure dated a year before the one the document`s tables end on', () => {
  const text = (year: string) =>
    [
      'Our people',
      '',
      'We gave 41,380 hours of training, 18.2 hours per employee.',
      '',
      'Table 3  Employees (headcount)',
      'Category                 2024       2023',
      'Production              1,842      1,796',
      'Office                    432        421',
      'Total                   2,274      2,217',
      '',
      `Notes: 1. Training hours in ${year} were 38,950.`,
    ].join('\n');
  const older = (t: string) => collect([checkDoc('report.txt', t)]).find((s) => s.figure.value === 38_950)?.olderYear;

  it('is of an earlier year, as the tables` earlier columns are: no restatement of an undated present figure', () => {
    expect(older(text('2023'))).toBe(true);
  });

  it('is not when dated the year most tables end on', () => {
    expect(older(text('2024'))).toBe(false);
  });
});

describe('a running-text figure of the year a report`s title names, its tables ending on a later year (a column of the year it is published in)', () => {
  const text = (title: string) =>
    [
      title,
      '',
      '二、员工发展',
      '',
      '2023年，公司组织员工培训共计52,640小时，覆盖全体在岗员工。',
      '',
      '表2  员工人数（人）',
      '类别                2024年      2023年      2022年',
      '生产人员            1,960       1,912       1,875',
      '管理人员            318         306         297',
      '合计                2,278       2,218       2,172',
    ].join('\n');
  const older = (t: string) => collect([checkDoc('report.txt', t)]).find((s) => s.figure.value === 52_640)?.olderYear;

  it('is of the report`s year, not an earlier one: its current year never runs past its title`s', () => {
    expect(older(text('华泰水务股份有限公司2023年度环境、社会及管治报告'))).toBe(false);
  });

  it('is of an earlier year where the title names a fiscal year its tables end on (its later calendar year)', () => {
    expect(older(text('华泰水务股份有限公司2023/24财年可持续发展报告'))).toBe(true);
  });

  it('is of an earlier year where the title names none', () => {
    expect(older(text('华泰水务股份有限公司环境、社会及管治报告'))).toBe(true);
  });
});
