import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a textile maker's report in Chinese and its English translation, in two files: the Chinese chairman's
// letter gives the year's electricity use (or, slipped, the year before's), the English letter says it
// in another order, and the energy section gives both years in each language
const zh = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司实现营业收入48.60亿元，同比增长6.2%。我们在南通工厂建成屋顶光伏，全年用电量${letter}万千瓦时，同比下降4.1%；单位产品能耗同比下降5.0%。`,
    '',
    '二、环境',
    '',
    '（一）能源',
    '',
    '2024年公司用电量8,420万千瓦时，较上年的8,780万千瓦时下降4.1%，其中光伏发电1,260万千瓦时，占用电量的15.0%。',
  ].join('\n');
const en = [
  "Chairman's letter",
  '',
  'In 2024 revenue grew 6.2% to RMB4.860 billion. We built rooftop solar at the Nantong plant. Electricity use fell 4.1% to',
  '84.2 million kWh, and energy per unit of product fell 5.0%.',
  '',
  '2. Environment',
  '',
  '2.1 Energy',
  '',
  'Electricity use was 84,200 MWh in 2024, down 4.1% from 87,800 MWh; solar generated 12,600 MWh, 15.0% of the total.',
].join('\n');

const slips = (letter: string) => checksOf('consistency', ['textile-zh.txt', zh(letter)], ['textile-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a large amount left over in each language, several times: the nearest pair first', () => {
  it('pairs the section’s year before with the section’s, and leaves the letter’s slipped figure to the English letter’s', () => {
    expect(slips('8,780')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 87_800_000 }, { value: 84_200_000 }] }]);
  });

  it('says nothing where the letters agree', () => {
    expect(slips('8,420')).toEqual([]);
  });
});
