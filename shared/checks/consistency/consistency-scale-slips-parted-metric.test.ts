import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A Chinese measure restated in one document with its scale slipped, the text's metric the key table's but for a verb or a
// word set between two pieces of it (`光伏发电并网电量` for the table's `光伏并网电量`, `再生水循环利用量` for `再生水利用量`)
// and for the place or the channel said before it (`嘉兴基地屋顶分布式…`), which leaves the two few character pairs alike.
const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b));

// a glass maker's report: the energy section and the key table
const glass = (stated: string) =>
  [
    '二、能源管理',
    '',
    `2024年，公司在三个生产基地屋顶建成分布式光伏电站，嘉兴基地屋顶分布式光伏发电并网电量${stated}万千瓦时。`,
    '',
    '五、关键绩效表',
    '',
    '指标                  单位          2024年        2023年',
    '光伏并网电量          万千瓦时       3,862         2,914',
    '综合能源消耗          吨标准煤      68,400        66,900',
  ].join('\n');

// a paper mill's report: the water section and the key table
const mill = (stated: string) =>
  [
    '三、水资源管理',
    '',
    `公司持续推进中水回用改造，2024年公司污水处理站膜法深度处理再生水循环利用量${stated}万立方米。`,
    '',
    '五、关键绩效表',
    '',
    '指标                  单位          2024年        2023年',
    '再生水利用量          万立方米        48.36         42.15',
    '取水总量              万立方米       155.0         149.8',
  ].join('\n');

describe('a Chinese measure whose metric is the key table\'s with a word set between its pieces, its scale slipped', () => {
  it('flags 386.2万千瓦时 of `光伏发电并网电量` against the table\'s `光伏并网电量` 3,862', () => {
    expect(slips(glass('386.2'))).toContainEqual([3_862_000, 38_620_000]);
  });

  it('flags 483.6万立方米 of `再生水循环利用量` against the table\'s `再生水利用量` 48.36', () => {
    expect(slips(mill('483.6'))).toContainEqual([483_600, 4_836_000]);
  });

  it('flags nothing where the scale holds', () => {
    expect(slips(glass('3,862'))).toEqual([]);
    expect(slips(mill('48.36'))).toEqual([]);
  });
});
