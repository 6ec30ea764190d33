import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a water utility's report: the text says the whole and its `其中` part, its table holds both as rows
const water = (partInTable: string) =>
  [
    '董事长致辞',
    '',
    '2024年，公司全年工业用水量2,612.4万吨，水质综合合格率保持100%，城区管网漏损率进一步下降。',
    '',
    '公司坚持以人民为中心的发展思想，持续推进老旧管网改造和二次供水设施提标，完成智慧水务平台二期建设，实现对水厂、',
    '泵站和主干管网的实时监测。公司积极应对夏季用水高峰和极端天气，保障了城市供水安全稳定，客户满意度稳步提升。',
    '',
    '（一）供水服务',
    '',
    '公司新建再生水管网42公里，再生水用户覆盖工业园区和市政绿化。全年园区工业用水量1,948.2万吨，同比增长18.2%。',
    '',
    '表2：供水量（单位：万吨）',
    '',
    '项目                      2024年        2023年      同比（%）',
    '工业用水量                 2,612.4       2,533.9        +3.1',
    `其中：园区工业用水量            ${partInTable}       1,648.2       +18.2`,
  ].join('\n');

// a ferry operator's report: the letter says the whole, a section its `of which` part, the table both as rows
const ferries = (partInTable: string) =>
  [
    'Letter from the Chief Executive',
    '',
    'In 2024 our vessels carried 6,184 thousand vehicle crossings, and punctuality held at 97.2% despite a stormy winter.',
    '',
    'We renewed our terminal at the northern port, retired two of our oldest vessels and trained every deck officer on',
    'the new route planning system. Customer satisfaction improved in every quarter, and complaints fell by a third.',
    '',
    '2. Operations',
    '',
    'Freight demand was strong all year as new logistics parks opened near both ports. Freight vehicle crossings rose',
    'to 4,712 thousand, 9.4% more than in 2023.',
    '',
    'Table 2: Vehicle crossings (thousand)',
    '',
    'Type                                  2024        2023    Change (%)',
    'Vehicle crossings                    6,184       5,902         +4.8',
    `of which freight vehicle crossings   ${partInTable}       4,307         +9.4`,
  ].join('\n');

const volumeMismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.figures.some((f) => f.value > 1_000_000));

describe('two rows of the report\'s own table, one\'s words inside the other\'s, are two metrics', () => {
  it('does not set the text\'s whole (`工业用水量2,612.4万吨`) against its `其中` part (`园区工业用水量1,948.2万吨`)', () => {
    expect(volumeMismatches(water('1,948.2'))).toEqual([]);
  });

  it('does not set the letter\'s `6,184 thousand vehicle crossings` against the `of which freight vehicle crossings` 4,712', () => {
    expect(checksOf('consistency', ferries('4,712')).filter((c) => !c.holds)).toEqual([]);
  });

  it('still sets the part against its own row when the row slips (`1,984.2`)', () => {
    const found = volumeMismatches(water('1,984.2'));
    expect(found).toHaveLength(1);
    expect(found[0]!.figures.map((f) => f.value).sort()).toEqual([19_482_000, 19_842_000]);
  });
});
