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

// a brewer's report: a caption on its own line, the cells' unit on the next (`单位：吨标准煤`), then the table and its 合计 row
const brewer = (keyFigure: string) =>
  [
    '（一）能源管理',
    '',
    '公司推进糖化车间蒸汽冷凝水回收和制冷系统变频改造，各工厂能源消耗按月统计并纳入考核。',
    '',
    '表4  综合能源消费量按能源品种划分',
    '单位：吨标准煤',
    '能源品种                         2024年       2023年',
    '天然气                            9,846        10,212',
    '外购电力                          7,318         7,105',
    '外购热力                          1,264         1,390',
    '合计                             18,428        18,707',
    '',
    '（二）水资源管理',
    '',
    '公司推行清洗水梯级利用，麦汁冷却水全部回收用于下一批次糖化，瓶装线洗瓶水经处理后用于厂区绿化。',
    '公司在主要工厂建设雨水收集池，收集的雨水用于冷却塔补水，减少市政自来水用量。',
    '',
    '（三）包装与废弃物',
    '',
    '公司推广可回收玻璃瓶和轻量化易拉罐，回收的酒瓶经清洗检测后重复使用，破损玻璃交由再生企业加工为碎玻璃原料。',
    '酒糟和废酵母全部作为饲料原料出售给周边养殖企业，污水处理站产生的沼气用于锅炉燃料，污泥交由有资质的单位处置。',
    '',
    '五、员工与社区',
    '',
    '公司坚持同工同酬，为一线酿造和包装岗位员工提供技能培训和职业健康体检，各工厂设立员工之家和哺乳室。',
    '公司在工厂周边社区开展理性饮酒宣传，资助乡村学校图书室建设，组织员工志愿者参与河道清洁和植树活动。',
    '',
    '六、关键绩效表',
    '',
    '指标                          单位            2024年        2023年',
    `综合能源消费量              吨标准煤          ${keyFigure}        18,707`,
    '啤酒销量                        千升         412,600       398,400',
  ].join('\n');

describe('a caption above a line of its cells\' unit (`表4  综合能源消费量按能源品种划分` over `单位：吨标准煤`)', () => {
  const flagged = (keyFigure: string) => checksOf('consistency', brewer(keyFigure)).filter((c) => !c.holds);
  it('is the metric its 合计 row restates, set against the key-figures row', () => {
    expect(flagged('18,482').map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b))).toContainEqual([18_428, 18_482]);
  });

  it('holds when they agree', () => {
    expect(flagged('18,428')).toEqual([]);
  });
});
