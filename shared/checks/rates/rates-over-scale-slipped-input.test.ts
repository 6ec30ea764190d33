import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an industrial park's report: the text's gas a power of ten off the key figures' row, the rate beside it worked on the row's
const report = (gas: string) =>
  [
    '二、环境',
    '',
    `2024年，园区天然气消耗量为${gas}万立方米，较上年的118.4万立方米增长4.4%；园区建筑面积为24.6万平方米，单位面积天然气消耗量5.02立方米/平方米。`,
    '',
    '关键绩效表',
    '',
    '指标                  单位            2024年      2023年',
    '天然气消耗量          万立方米         123.6       118.4',
    '建筑面积              万平方米          24.6        23.9',
  ].join('\n');

const overSlipped = (gas: string) => checksOf('ratio', report(gas)).filter((c) => c.rule === 'rate.over-slipped-total').map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('a rate beside an input said a power of ten off its other statement', () => {
  it('is a mismatch over the input as printed, the rate standing on the value said elsewhere', () => {
    expect(overSlipped('1,236')).toEqual([[false, [1_236e4, 24.6e4, 5.02]]]);
  });

  it('says nothing when the input agrees with its row', () => {
    expect(overSlipped('123.6')).toEqual([]);
  });
});

describe('a rate after an input said a power of ten off its figure said twice alike elsewhere', () => {
  // a pump maker's report: the output in one section, the energy a power of ten off both Table 2's total and the key table's
  // row in the next, and the intensity its own sentence, worked on the tables' figure
  const tables = (zh: boolean) =>
    zh
      ? ['表2：能源消耗（单位：吨标准煤）', '', '能源品种                  2024年        2023年', '电力                     33,180        32,400', '天然气                    8,080         8,010', '合计                     41,260        40,410', '', '关键绩效表', '', '指标                  单位            2024年      2023年', '综合能源消耗          吨标准煤        41,260      40,410', '单位产品综合能耗      千克标准煤/台    17.56       17.88']
      : ['Table 2: Energy by source (tce)', '', 'Source                     2024        2023', 'Electricity              33,180      32,400', 'Natural gas               8,080       8,010', 'Total                    41,260      40,410', '', 'Key figures                Unit        2024        2023', 'Energy consumption         tce       41,260      40,410', 'Energy per pump            kgce       17.56       17.88'];
  const chinese = (energy: string) =>
    ['一、生产经营', '', '2024年公司生产各类水泵235万台，较上年的226万台增长4.0%。', '', '二、能源管理', '', `2024年公司综合能源消耗${energy}吨标准煤，较上年增长2.1%。单位产品综合能耗17.56千克标准煤/台。`, '', ...tables(true)].join('\n');
  const english = (energy: string) =>
    ['1. Operations', '', 'We produced 2.35 million pumps in 2024, 4.0% more than the 2.26 million of 2023.', '', '2. Energy', '', `Comprehensive energy consumption in 2024 was ${energy} tce, 2.1% more than in 2023. Energy per pump was 17.56 kgce.`, '', ...tables(false)].join('\n');
  const overSlippedIn = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.over-slipped-total').map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

  it('is a mismatch over the input as printed (`412,600吨标准煤` against 表2\'s 合计 and the key table\'s 41,260)', () => {
    expect(overSlippedIn(chinese('412,600'))).toEqual([[false, [412_600, 2_350_000, 17.56]]]);
  });

  it('is a mismatch over the input as printed (`412.6 thousand tce` against Table 2\'s Total and the key figures\' 41,260)', () => {
    expect(overSlippedIn(english('412.6 thousand'))).toEqual([[false, [412_600, 2_350_000, 17.56]]]);
  });

  it('says nothing when the input agrees with both', () => {
    expect(overSlippedIn(chinese('41,260'))).toEqual([]);
    expect(overSlippedIn(english('41,260'))).toEqual([]);
  });
});
