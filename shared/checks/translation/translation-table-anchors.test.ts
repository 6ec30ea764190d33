import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a cement maker's report in Chinese and its English translation, in two files: the Chinese table's
// total and the sentence after it state the year's water use, the English only its table
const zh = (total: string) =>
  [
    '（二）水资源',
    '',
    '表2：用水量（单位：万立方米）',
    '',
    '类别                  2024年        2023年',
    '生产用水               182.4         175.2',
    '生活用水                24.0          23.8',
    `合计                   ${total}         199.0`,
    '',
    '2024年，公司用水总量206.4万立方米，吨熟料耗水0.31立方米，较上年下降4.2%。',
    '',
    '（三）员工',
    '',
    '截至2024年末，公司共有员工8,615人，其中女性员工1,942人。',
  ].join('\n');

const en = [
  '2.2 Water',
  '',
  'Table 2: Water use (million m³)',
  '',
  'Category                 2024          2023',
  'Production             1.824         1.752',
  'Domestic               0.240         0.238',
  'Total                  2.064         1.990',
  '',
  'Each tonne of clinker took 0.31 m³ of water, 4.2% less than in 2023.',
  '',
  '3.1 Our people',
  '',
  'At the end of 2024 we had 8,615 employees, 1,942 of them women.',
].join('\n');

const slips = (total: string) =>
  checksOf('consistency', ['cement-esg-zh.txt', zh(total)], ['cement-esg-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a table cell aligned with the translation table cell, not with the sentence after the table', () => {
  it('says nothing where the totals agree', () => {
    expect(slips('206.4')).toEqual([]);
  });

  it('flags the Chinese total whose digits slipped against the English total, though the Chinese sentence states the English figure (260.4 / 2.064 million)', () => {
    expect(slips('260.4')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 2_604_000 }, { value: 2_064_000 }] }]);
  });
});
