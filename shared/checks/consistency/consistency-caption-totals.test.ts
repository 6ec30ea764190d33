import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a cement maker's report: a water table captioned with its metric, its 合计 row, and the key-figures table's row of that metric
const report = (total: string) =>
  [
    '（二）水资源',
    '',
    '表2：取水总量（单位：万立方米）',
    '',
    '水源                      2024年        2023年',
    '市政自来水                 418.6         402.3',
    '地下水                     204.8         221.5',
    `合计                       ${total}         623.8`,
    '',
    '公司持续推进循环水系统改造，冷却水重复利用率保持在95%以上。各生产基地完成水平衡测试，识别并修复管网渗漏点，',
    '雨水收集系统覆盖全部矿山，收集的雨水用于道路抑尘和厂区绿化。',
    '',
    '（三）废弃物',
    '',
    '公司严格执行危险废物转移联单制度，委托具备资质的单位处置废矿物油和废耐火材料，一般工业固体废物全部综合利用。',
    '公司利用水泥窑协同处置城市生活垃圾和市政污泥，减少填埋量，替代部分化石燃料，实现资源化利用。',
    '',
    '五、社会责任',
    '',
    '公司坚持安全第一、预防为主，全年开展应急演练，组织员工参加职业健康体检，持续完善安全生产责任制。',
    '公司在矿区周边村镇开展助学和道路修缮项目，优先采购当地农产品和建筑材料，带动周边居民就业。',
    '公司定期召开社区开放日，邀请周边居民参观生产线和矿山复绿成果，听取意见并及时回应关切。',
    '',
    '六、关键绩效表',
    '',
    '指标                      单位            2024年        2023年',
    '取水总量                  万立方米         623.4         623.8',
    '熟料产量                  万吨           2,486.2       2,512.6',
  ].join('\n');

const mismatches = (total: string) => checksOf('consistency', report(total)).filter((c) => !c.holds);
const values = (total: string) => mismatches(total).map((c) => c.figures.map((f) => f.value / 10_000).sort((a, b) => a - b));

describe('a 合计 row restates the metric its table\'s caption names (`表2：取水总量（单位：万立方米）`)', () => {
  it('flags its cell against the key-figures row of that metric', () => {
    expect(values('632.4')).toContainEqual([623.4, 632.4]);
  });

  it('holds when they agree', () => {
    expect(mismatches('623.4')).toEqual([]);
  });
});


// a parcel carrier's report: a table by region captioned with its metric, its bare Total row, and the key figures' row of that metric
const carrier = (keyFigure: string) =>
  [
    '2. OPERATIONS',
    '',
    'Table 2: Parcels delivered by region (million)',
    '',
    '                     2024      2023',
    'North               412.6     398.1',
    'Central             286.3     271.9',
    'South               198.7     190.2',
    'Total               897.6     860.2',
    '',
    'Volumes grew in every region, led by next-day services for online retailers in the north.',
    '',
    ...Array.from({ length: 6 }, () => 'Our depots ran safely through the peak season, and our drivers completed their annual road safety course.'),
    '',
    '6. KEY FIGURES',
    '',
    '                                  2024      2023',
    `Parcels delivered (million)      ${keyFigure}     860.2`,
    'Vans in fleet                    6,412     6,118',
  ].join('\n');

describe('an English Total row restates the metric its table\'s caption names (`Table 2: Parcels delivered by region (million)`)', () => {
  const carrierMismatches = (keyFigure: string) => checksOf('consistency', carrier(keyFigure)).filter((c) => !c.holds);

  it('flags its cell against the key figures\' row of that metric', () => {
    expect(carrierMismatches('879.6').map((c) => c.figures.map((f) => f.value / 1e6).sort((a, b) => a - b))).toContainEqual([879.6, 897.6]);
  });

  it('holds when they agree', () => {
    expect(carrierMismatches('897.6')).toEqual([]);
  });
});
