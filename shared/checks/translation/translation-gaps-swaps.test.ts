import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a paper mill's report and its English version: the Chinese gives the solar capacity with its two
// parts, the English the total alone
const zh = [
    '四、绿色低碳',
    '',
    '2023年，公司综合能源消费量12.48万吨标准煤，同比下降3.6%。我们在厂房屋顶和停车场建设分布式光伏，总装机容量38.2兆瓦，其中厂房屋顶31.6兆瓦、停车棚6.6兆瓦。全年发电量4,126万千瓦时，同比增长27.4%。',
    '',
    '全年温室气体排放总量28.6万吨二氧化碳当量，其中范围一9.4万吨、范围二19.2万吨。',
].join('\n');
const en = (capacity: string) =>
  [
    'GREEN AND LOW-CARBON OPERATIONS',
    '',
    'In 2023 our total energy consumption was 124,800 tce, down 3.6%. Distributed solar capacity on our factory roofs and',
    'car parks reached 32.8 MW, generating 41.26 GWh in the year, up 27.4%.',
    '',
    'Greenhouse gas emissions totalled 286,000 tCO2e (Scope 1: 94,000 tCO2e; Scope 2: 192,000 tCO2e).',
  ]
    .join('\n')
    .replace('32.8 MW', capacity);

const slips = (capacity: string) => checksOf('consistency', ['mill-zh.txt', zh], ['mill-en.txt', en(capacity)]).filter((c) => !c.holds);

describe('a gap holding more figures of a measure in one language than in the other', () => {
  it('pairs a figure with the one whose digits are two neighbours swapped (总装机容量38.2兆瓦 against 32.8 MW)', () => {
    expect(slips('32.8 MW')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 38.2 }, { value: 32.8 }] }]);
  });

  it('says nothing when the translation agrees', () => {
    expect(slips('38.2 MW')).toEqual([]);
  });
});
