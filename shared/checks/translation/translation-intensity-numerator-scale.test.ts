import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewer's report in Chinese and its English translation, in two files: the Chinese states its
// intensities in kilograms per 万元 (RMB 10,000) of revenue, the English in tonnes per RMB million —
// a hundred times the revenue and a thousand times the mass, so 36.2千克 per 万元 is 3.62 t per million
const zh = (textCell: string, tableCell: string) =>
  [
    '二、环境绩效',
    '',
    `2024年，公司实现营业收入212.40亿元，综合能源消耗7.69万吨标准煤；万元营业收入综合能耗${textCell}千克标准煤，上年为38.7千克标准煤。`,
    '万元营业收入温室气体排放86.5千克二氧化碳当量（2023年：91.4千克）。百万工时损工事故率0.42。',
    '',
    '关键绩效表',
    '',
    '指标                          单位                      2024年      2023年',
    '营业收入                      亿元                      212.40      198.60',
    `万元营业收入综合能耗          千克标准煤/万元           ${tableCell}        38.7`,
    '用水总量                      万吨                      486.2       502.6',
    '员工总数                      人                        11,284      10,962',
  ].join('\n');

const en = [
  '2. Environmental performance',
  '',
  'In 2024 revenue was RMB21,240 million and energy consumption 76.9 thousand tce; energy intensity was 3.62 tce per RMB million',
  'of revenue, against 3.87 in 2023. Greenhouse gas emissions were 8.65 tCO2e per RMB million of revenue (2023: 9.14). The',
  'lost-time injury rate was 0.42 per million hours.',
  '',
  'Key performance table',
  '',
  'Indicator                     Unit                      2024        2023',
  'Revenue                       RMB million             21,240      19,860',
  'Energy intensity              tce per RMB million       3.62        3.87',
  'Water use                     million m³               4.862       5.026',
  'Employees                     persons                 11,284      10,962',
].join('\n');

const slips = (textCell: string, tableCell: string) =>
  checksOf('consistency', ['brewery-esg-zh.txt', zh(textCell, tableCell)], ['brewery-esg-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('an intensity compared with its translation over the scales of its numerator and its denominator', () => {
  it('reads kilograms per 万元 against tonnes per RMB million as one amount (36.2千克标准煤/万元 is 3.62 tce per RMB million)', () => {
    expect(slips('36.2', '36.2')).toEqual([]);
  });

  it('still flags the table cell slipped by a power of ten (3.62千克 per 万元 is 0.362 t per RMB million, not 3.62)', () => {
    expect(slips('36.2', '3.62')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 3.62 }, { value: 3.62 }] }]);
  });
});
