import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a property manager's report: a revenue table broken down by business line (`按业务板块划分`, `分地区`, `构成`), its 合计 row,
// and the key-figures table's 营业收入 row of the same year
const report = (caption: string, total: string) =>
  [
    '（二）经营情况',
    '',
    `表3：${caption}（单位：亿元）`,
    '',
    '业务                      2024年        2023年',
    '住宅物业服务               18.42         16.95',
    '商业运营                    7.36          6.81',
    '社区增值服务                3.08          2.64',
    `合计                       28.86         ${total}`,
    '',
    '公司持续拓展城市服务业务，新签约项目覆盖华东、华南主要城市，在管面积稳步增长，客户满意度保持行业前列。',
    '社区增值服务围绕到家服务、房屋经纪和社区零售展开，线上平台注册业主数量持续增加。',
    '',
    '（三）服务品质',
    '',
    '公司建立覆盖全部在管项目的品质巡检体系，按季度开展第三方满意度调查，对投诉工单实行限时响应和闭环回访。',
    '公司推进智慧社区建设，门禁、停车和设备设施实现远程监控，电梯困人等紧急事件平均响应时间进一步缩短。',
    '公司组织物业管家开展服务礼仪和应急处置培训，持续提升一线员工的专业能力和服务意识。',
    '',
    '（四）绿色运营',
    '',
    '公司在管项目推广节能灯具和变频水泵，开展垃圾分类宣传，协助业主委员会完善绿化养护和公共区域节水措施。',
    '',
    '三、关键绩效表',
    '',
    '指标                      单位            2024年        2023年',
    '营业收入                  亿元             28.86         26.40',
    '在管面积                  万平方米       8,642.0       7,915.6',
  ].join('\n');

const slips = (caption: string, total: string) =>
  checksOf('consistency', report(caption, total))
    .filter((c) => !c.holds)
    .map((c) => c.figures.map((f) => f.value / 1e8).sort((a, b) => a - b));

describe('a 合计 row restates the metric its caption breaks down (`营业收入按业务板块划分`, `营业收入构成`)', () => {
  it.each(['营业收入按业务板块划分', '营业收入构成', '营业收入分地区情况'])('flags its earlier year against the key-figures row: %s', (caption) => {
    expect(slips(caption, '26.04')).toContainEqual([26.04, 26.4]);
  });

  it('holds when they agree', () => {
    expect(slips('营业收入按业务板块划分', '26.40')).toEqual([]);
  });
});
