import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => c.message);

describe('a text figure naming its row in other words, its latest cell given digit for digit (`每立方米供水耗电0.286千瓦时` of `单位供水电耗  0.286`)', () => {
  const report = (rate: string) =>
    [
      '（三）能源管理',
      '',
      `2024年，公司供水量4.62亿立方米，每立方米供水耗电0.286千瓦时，较2023年下降${rate}，主要得益于水泵变频改造。`,
      '',
      '表2  能源消耗',
      '指标                          单位                 2024年        2023年',
      '外购电力                      万千瓦时             13,213        14,102',
      '供水量                        亿立方米               4.62          4.52',
      '单位供水电耗                  千瓦时/立方米         0.286         0.312',
    ].join('\n');

  it('reads the rate from that row\'s 2023 cell: 0.312 -> 0.286 is -8.3%, not the stated 3.1%', () => {
    expect(changes(report('3.1%'))).toEqual(['✗ 0.312 → 0.286 = −8.3 %, stated 3.1 %']);
  });

  it('and holds the rate the row gives', () => {
    expect(changes(report('8.3%'))).toEqual(['✓ 0.312 → 0.286 = −8.3 %']);
  });

  it('leaves a row whose cell has the figure\'s digits at another scale (a table in thousands)', () => {
    const text = [
      'At 30 June 2024 we had 3,918 member growers, 2.6% fewer than a year earlier as some orchards were sold.',
      '',
      'Table 1: Cooperative at a glance (thousand)',
      '                                    FY24        FY23',
      'Member growers served              3,918       4,102',
      'Tonnes of fruit packed               612         598',
    ].join('\n');
    expect(checksOf('change', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a rate said with `dipped`, `slipped` or `eased` before its figure', () => {
  const report = (verb: string, rate: string) => `Visitors\n\nFootfall ${verb} ${rate}% to 412,600 visits in 2024.\n\nTable 2  Visits\nSite          2024       2023\nFootfall   412,600    425,800\n`;

  it('is the change on the row`s year before, each verb alike', () => {
    for (const verb of ['dipped', 'slipped', 'eased'])
      expect(checksOf('change', report(verb, '3.1')).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => c.holds), verb).toEqual([true]);
    expect(checksOf('change', report('dipped', '3.8')).filter((c) => c.rule === 'change.against-table-prior-year').map((c) => c.holds)).toEqual([false]);
  });
});
