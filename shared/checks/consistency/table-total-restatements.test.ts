import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'consistency.table-total-row';
const ofRule = (text: string) => checksOf('consistency', text).filter((c) => c.rule === RULE);

/** A capacity table whose cells add up to the text's total, its total row written `total`. */
const page = (total: string) => `截至2023年底，公司装机容量达到11,210万千瓦，清洁能源装机持续增长。

表2 装机容量
单位：万千瓦
电源类型\t2022年\t2023年
火电\t5,862\t5,918
水电\t1,246\t1,252
风电\t1,935\t2,284
太阳能发电\t1,108\t1,756
合计\t10,151\t${total}
`;

describe('a text total against the table\'s total row', () => {
  it('calls a total row that says another number than the text\'s total its cells add up to a mismatch', () => {
    const checks = ofRule(page('11,120'));
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [112_100_000, 111_200_000]]]);
  });

  it('says nothing when the total row agrees with the text', () => {
    expect(ofRule(page('11,210'))).toEqual([]);
  });
});

describe('a stale total: last year\'s total row said of the report\'s year', () => {
  const report = (letter: string) => `康泽医药集团股份有限公司
2023年度环境、社会及公司治理报告

董事长致辞
截至报告期末，公司员工总数${letter}人，遍布全国28个省。

表5-1 员工构成
单位：人
类别\t2022年\t2023年
男性\t6,598\t6,842
女性\t5,686\t5,917
合计\t12,284\t12,759
`;
  const stale = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.stale-figure').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('calls the year before\'s total said for the report\'s year a mismatch with this year\'s', () => {
    expect(stale(report('12,284'))).toEqual([[false, [12_284, 12_759]]]);
  });

  it('says nothing of this year\'s total, nor of last year\'s said for last year', () => {
    expect(stale(report('12,759'))).toEqual([]);
    expect(stale(report('12,284').replace('截至报告期末', '截至2022年末'))).toEqual([]);
  });
});

describe('last year\'s total said as the value compared with', () => {
  const report = (table: string) =>
    `Our operational (Scope 1 and 2) greenhouse gas emissions were 1,842 kt CO2-e in 2023, compared with\n1,962 kt CO2-e in 2022. The reduction reflects the first full year of our solar power agreement.\n\nTable 3: Greenhouse gas emissions (kt CO2-e)\n${table}`;
  const stale = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.stale-figure');

  it('is no stale total, though its sentence reads as of the report\'s year (`compared with⏎1,962 kt CO2-e in 2022`)', () => {
    const table = 'Indicator\t2021\t2022\t2023\nScope 1\t1,241\t1,188\t1,131\nScope 2\t780\t774\t711\nTotal Scope 1 and 2\t2,021\t1,962\t1,842\n';
    expect(stale(report(table))).toEqual([]);
  });
});

describe('a text figure adding up to some rows above the total row, not all of them', () => {
  it('reads it as a subtotal of those rows (`其中，海外风机交付容量8.96GW`), no restatement of the 合计 row', () => {
    const text = `2024年，公司风机交付容量16.42GW，同比增长12.5%。其中，海外风机交付容量8.96GW，占总交付容量的54.6%。

表3  风机交付容量（按市场）
                                                      单位：GW
市场                  2024年      占比（%）       2023年        同比
国内                    7.46          45.4          7.00      +6.6%
欧洲                    4.12          25.1          3.60     +14.4%
拉丁美洲                2.84          17.3          2.40     +18.3%
其他地区                2.00          12.2          1.60     +25.0%
合计                   16.42         100.0         14.60     +12.5%
`;
    expect(ofRule(text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('last year\'s figure of any row said as this year\'s, rounded or naming no year', () => {
  // found by this rule or, when its words group it with the row, by the same-metric check first: one check either way
  const stale = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));
  // a hospital group's letter and its key figures
  const hospitals = (said: string) =>
    `Letter from the Chief Executive\n\nOur clinics saw ${said} patient visits this year, and waiting times fell again.\n\n` +
    `Key figures\n\nIndicator                    Unit            2024        2023\nPatient visits               thousand     2,226.0     2,138.6\nBeds                         number         4,120       4,080\n`;
  // a railway's 致辞 and its 关键绩效表
  const railway = (said: string) =>
    `董事长致辞\n\n2024年，公司全年发送旅客${said}万人次，安全生产形势保持稳定。\n\n关键绩效表\n\n指标                单位          2024年       2023年\n旅客发送量          万人次         3,586        3,412\n`;

  it('sets last year\'s cell, rounded (`2.14 million`) or as written (`3,412万人次`), against this year\'s, once', () => {
    expect(stale(hospitals('2.14 million'))).toEqual([[2_140_000, 2_226_000]]);
    expect(stale(railway('3,412'))).toEqual([[34_120_000, 35_860_000]]);
    expect(checksOf('consistency', railway('3,412')).find((c) => !c.holds)?.rule).toBe('consistency.stale-figure');
  });

  it('is none when the figure rounds this year\'s cell, is said of last year, or counts others with them', () => {
    expect(stale(hospitals('2.23 million'))).toEqual([]);
    expect(stale(railway('3,586'))).toEqual([]);
    expect(stale(railway('3,412').replace('2024年，公司全年发送旅客', '2024年，公司全年发送旅客3,586万人次，较上年的'))).toEqual([]);
    expect(stale(railway('3,412').replace('发送旅客', '发送旅客及行包'))).toEqual([]);
  });
});
