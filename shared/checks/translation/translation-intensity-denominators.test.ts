import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { denominatorIn } from '../rates/intensity-denominator';

// a paper maker's report in Chinese and its English translation, in two files: the Chinese states its
// intensities per 万元 (RMB 10,000) of revenue, the English per RMB million, a hundred times as much
const zh = (priorCell: string) =>
  [
    '二、环境绩效',
    '',
    '2024年，公司实现营业收入86.40亿元，综合能源消耗21.60万吨标准煤。万元营业收入综合能耗0.250吨标准煤，上年为0.274吨标准煤。',
    '万元营业收入温室气体排放0.843吨二氧化碳当量（2023年：0.912吨）。吨纸耗水量12.6立方米，每百万工时可记录事故率0.38。',
    '',
    '关键绩效表',
    '',
    '指标                          单位                    2024年      2023年',
    '营业收入                      亿元                     86.40       79.20',
    '万元营业收入综合能耗          吨标准煤/万元            0.250       0.274',
    `万元营业收入温室气体排放      吨二氧化碳当量/万元      0.843       ${priorCell}`,
    '员工总数                      人                       6,418       6,205',
  ].join('\n');

const en = [
  '2. Environmental performance',
  '',
  'In 2024 revenue was RMB8,640 million and energy consumption 216.0 thousand tce. Energy intensity was 25.0 tce per RMB million',
  'of revenue, against 27.4 in 2023. Greenhouse gas emissions were 84.3 tCO2e per RMB million of revenue (2023: 91.2). Each tonne',
  'of paper used 12.6 m³ of water, and the recordable incident rate was 0.38 per million hours.',
  '',
  'Key performance table',
  '',
  'Indicator                     Unit                     2024        2023',
  'Revenue                       RMB million             8,640       7,920',
  'Energy intensity              tce per RMB million      25.0        27.4',
  'GHG intensity                 tCO2e per RMB million    84.3        91.2',
  'Employees                     persons                 6,418       6,205',
].join('\n');

const slips = (priorCell: string) =>
  checksOf('consistency', ['paper-esg-zh.txt', zh(priorCell)], ['paper-esg-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('an intensity compared with its translation over its denominator', () => {
  it('reads per 万元 against per RMB million as one amount, in the text and the key table (0.250吨标准煤/万元 is 25.0 tce per RMB million)', () => {
    expect(slips('0.912')).toEqual([]);
  });

  it('still flags a slip once both are per RMB million (0.921 per 万元 is 92.1, the English 91.2)', () => {
    expect(slips('0.921')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 0.921 }, { value: 91.2 }] }]);
  });
});

describe('the scaled denominator of an intensity, as each language writes it', () => {
  it.each([
    ['吨二氧化碳当量/万元', { kind: 'currency', scale: 1e4, mass: 1 }],
    ['万元产值综合能耗', { kind: 'currency', scale: 1e4 }],
    ['tCO2e per RMB10,000 of revenue', { kind: 'currency', scale: 1e4, mass: 1 }],
    ['kg per £m', { kind: 'currency', scale: 1e6, mass: 1e-3 }],
    ['吨/百米', { kind: 'thing', scale: 100, mass: 1 }],
    ['m³ per 100 metres of cloth', { kind: 'thing', scale: 100 }],
    ['每20万工时', { kind: 'thing', scale: 2e5 }],
    ['千克标准煤/万元', { kind: 'currency', scale: 1e4, mass: 1e-3 }],
    ['kgCO2e per RMB million', { kind: 'currency', scale: 1e6, mass: 1e-3 }],
    ['噸二氧化碳當量／百萬港元收益', { kind: 'currency', scale: 1e6, mass: 1 }],
    ['tCO2e／HK$ million revenue', { kind: 'currency', scale: 1e6, mass: 1 }],
    // a table row whose label says what it is per and whose unit cell after it the mass
    ['Fuel per 100 vehicle-km       kgce              3.28', { kind: 'thing', scale: 100, mass: 1e-3 }],
  ])('reads %s', (words, denominator) => {
    expect(denominatorIn(words)).toEqual(denominator);
  });

  it.each(['吨/吨', '克/千克', 'per tonne of cement', 'up 4% per year', 'per m of pipe', '2023/24', '营业收入140.50亿元'])('reads none in %s', (words) => {
    expect(denominatorIn(words)).toBeUndefined();
  });
});
