import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a hotel group's report and its English version: the English says its hotel count again before the part
// it counts (`Of our 64 hotels, 17 …`), the Chinese gives the part alone
const zh = (certified: string) =>
  [
    '二、绿色运营',
    '',
    `截至2024年末，公司在营酒店64家，客房1.86万间，全年平均入住率71.4%。已有${certified}家酒店获得绿色饭店认证，占在营酒店的26.6%。`,
    '',
    '全年用电量2.46亿千瓦时，同比下降3.2%。',
  ].join('\n');
const en = [
  '2. Green operations',
  '',
  'At the end of 2024 we ran 64 hotels with 18,600 rooms, at an average occupancy of 71.4%. Of our 64 hotels, 17 are',
  'certified green hotels, 26.6% of the portfolio.',
  '',
  'Electricity use was 246 million kWh, down 3.2%.',
].join('\n');

const slips = (certified: string) => checksOf('consistency', ['hotel-zh.txt', zh(certified)], ['hotel-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a figure one language says again before the part it counts (`Of our 64 hotels, 17`)', () => {
  it('is set aside, and the part paired with the other language’s: 18 against 17', () => {
    expect(slips('18')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 18 }, { value: 17 }] }]);
  });

  it('says nothing where the parts agree', () => {
    expect(slips('17')).toEqual([]);
  });
});
