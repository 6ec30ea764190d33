import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { tableRowYearPairs } from './table-row-year-pairs';

const pairs = (text: string) => tableRowYearPairs(checkDoc('report.txt', text));

const airline = (text: string) =>
  `Operations\n${text}\n\nOperating data                 Unit        2021      2022      2023\nOn-time performance            %           74.6      78.9      81.4\nPassengers carried             million     18.62     24.18     27.35\nFuel efficiency                L/100 RTK   24.8      24.1      23.6\n`;

describe('a sentence`s figure and its year-before value against the table row one of them restates', () => {
  it('flags the year before`s value in brackets when this year`s is the row`s latest cell: 78.2 against the row`s 78.9', () => {
    expect(pairs(airline('Our on-time performance improved to 81.4% (2022: 78.2%), the best in five years.'))).toMatchObject([
      { kind: 'consistency', holds: false, rule: 'consistency.year-pair-row', figures: [{ value: 78.2 }, { value: 78.9 }] },
    ]);
  });

  it('flags this year`s value when the year before`s is the row`s cell: `from 24.18 million to 27.53 million`', () => {
    expect(pairs(airline('The airline carried 27.53 million passengers, up from 24.18 million in 2022.'))).toMatchObject([{ holds: false, figures: [{ value: 27_530_000 }, { value: 27_350_000 }] }]);
  });

  it('is silent when both agree with the row, and when the year before named is not the row`s', () => {
    expect(pairs(airline('Our on-time performance improved to 81.4% (2022: 78.9%).'))).toEqual([]);
    expect(pairs(airline('Our on-time performance improved to 81.4% (2021: 78.2%).'))).toEqual([]);
  });

  it('reads a Chinese `上年为` and a row under a pipe table`s years', () => {
    const zh = (prior: string) => `报告期内，公司单位产品综合能耗0.382吨标准煤/吨，上年为${prior}吨标准煤/吨，持续下降。\n\n| 指标 | 单位 | 2023年 | 2022年 |\n| 综合能耗总量 | 万吨标准煤 | 48.62 | 50.14 |\n| 单位产品综合能耗 | 吨标准煤/吨 | 0.382 | 0.369 |\n`;
    expect(pairs(zh('0.396'))).toMatchObject([{ holds: false, figures: [{ value: 0.396 }, { value: 0.369 }] }]);
    expect(pairs(zh('0.369'))).toEqual([]);
  });

  it('reads `较上年的` after this year`s own year as the year before`s value', () => {
    const water = (year: string, prior: string) =>
      `三、水资源\n\n${year}年，公司新鲜水取用量为186.4万立方米，较上年的${prior}万立方米下降5.5%。\n\n表4 水资源\n指标            单位        2024年    2023年\n新鲜水取用量    万立方米    186.4     197.2\n`;
    expect(pairs(water('2024', '192.7'))).toMatchObject([{ holds: false, figures: [{ value: 1_927_000 }, { value: 1_972_000 }] }]);
    expect(pairs(water('2024', '197.2'))).toEqual([]);
    // a sentence of another year than the row's latest is not the row's
    expect(pairs(water('2023', '192.7'))).toEqual([]);
  });

  it('takes a bracketed share after the year before`s count as that year`s too', () => {
    const text = `Certified farms\n2,140 of our farms (62.4%) were certified, up from 1,906 (57.1%) a year earlier.\n\nTable 2  Certification        2023/24      2022/23\nCertified farms                  2,140        1,906\n  as a share of all farms (%)     62.4         55.8\n`;
    expect(pairs(text)).toMatchObject([{ holds: false, figures: [{ value: 57.1 }, { value: 55.8 }] }]);
  });

  it('wants a row word said beside a short anchor (two digits), and one row the anchor names', () => {
    const safety = (label: string) => `Safety\nThe total recordable injury rate (TRIR) was 0.42 (2022: 0.51).\n\nSafety                 2021     2022     2023\n${label}        0.63     0.51     0.58\n`;
    expect(pairs(safety('TRIR (per 200,000 hours)'))).toMatchObject([{ holds: false, figures: [{ value: 0.42 }, { value: 0.58 }] }]);
    expect(pairs(safety('Near misses per site'))).toEqual([]);
    const two = `Energy\nRenewables made up 46.2% of our electricity (2022: 41.7%).\n\nEnergy                         2022     2023\nRenewable electricity (%)      41.7     46.8\nLED lighting coverage (%)      41.7     52.0\n`;
    expect(pairs(two)).toEqual([]);
  });
});

describe('a sentence`s figure in another scale than its row`s unit column (`2.186 million tonnes` of a `thousand tonnes` row)', () => {
  const miner = (prior: string) =>
    `4. Waste\n\nWaste generated rose 3.7% to 2.186 million tonnes, from ${prior} million tonnes in 2023. Most of it is waste rock.\n\nKey data\n\nIndicator                  Unit                2024        2023\nWaste generated            thousand tonnes    2,186       2,108\nWater withdrawn            ML                 8,642       8,415\n`;

  it('anchors on the row by its value and flags the year before`s figure the row gives otherwise', () => {
    expect(pairs(miner('2.081'))).toMatchObject([{ holds: false, figures: [{ value: 2_081_000 }, { value: 2_108_000 }] }]);
  });

  it('is silent when the year before agrees', () => {
    expect(pairs(miner('2.108'))).toEqual([]);
  });

  it('pairs a year-before count with this year\'s count of the same thing, not with the rate said between them', () => {
    const mine = (priorRate: string) =>
      `Safety\nWe recorded 6 recordable injuries in 2.41 million hours worked, a recordable injury frequency rate of 2.49 (2023: 9 injuries in 2.63 million hours, ${priorRate}).\n\nSafety                          2024      2023\nTRIFR (per million hours)       2.49      3.42\n`;
    expect(pairs(mine('3.42'))).toEqual([]);
    expect(pairs(mine('3.24'))).toMatchObject([{ holds: false, figures: [{ value: 3.24 }, { value: 3.42 }] }]);
    const zh = `2024年公司发生可记录事故3起，总工时468万小时，百万工时可记录事故率为0.64（2023年：5起，452万小时，1.11）。\n\n| 指标 | 单位 | 2024年 | 2023年 |\n| 百万工时可记录事故率 | — | 0.64 | 1.11 |\n`;
    expect(pairs(zh)).toEqual([]);
  });
});
