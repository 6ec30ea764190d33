import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a textile dyer's report in Chinese and its English translation, in two files: the Chinese gives an intensity and,
// after `上年为`, the year before's; the English gives the intensity twice, in two scales, and leaves the year before out
const zh = (prior: string) =>
  [
    '二、环境绩效',
    '',
    '（一）水资源',
    '',
    '2024年公司取水量186.4万立方米，同比下降2.6%，其中印染车间用水占78.5%。',
    `万元产值取水量2.46立方米/万元，上年为${prior}立方米/万元。`,
    '',
    '（二）废弃物',
    '',
    '2024年一般固体废物产生量3,820吨，综合利用率96.2%。',
  ].join('\n');

const en = (intensity: string) =>
  [
    '2. Environmental performance',
    '',
    '2.1 Water',
    '',
    'In 2024 we withdrew 1,864 thousand m³ of water, 2.6% less than in 2023; the dye houses used 78.5% of it.',
    intensity,
    '',
    '2.2 Waste',
    '',
    'Non-hazardous solid waste came to 3,820 tonnes in 2024, 96.2% of it recycled or reused.',
  ].join('\n');

const slips = (prior: string, intensity: string) =>
  checksOf('consistency', ['dyeing-esg-zh.txt', zh(prior)], ['dyeing-esg-en.txt', en(intensity)]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a figure said as the year before’s (`上年为`) against the translation’s same year’s amount said again', () => {
  it('is no translation of it', () => {
    expect(slips('2.61', 'Water withdrawn per unit of output value was 246 m³ per RMB million (2.46 m³ per RMB10,000).')).toEqual([]);
  });

  it('is still compared with the year before’s said in the translation', () => {
    const said = (prior: string) => `Water withdrawn per unit of output value was 2.46 m³ per RMB10,000, against ${prior} in 2023.`;
    expect(slips('2.61', said('2.61'))).toEqual([]);
    expect(slips('2.61', said('2.67')).map((c) => c.figures.slice(0, 2).map((f) => f.value))).toEqual([[2.61, 2.67]]);
  });
});
