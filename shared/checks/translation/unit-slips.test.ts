import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a report's Chinese and its English translation, in two files
const zh = (fine: string, efficiency: string) =>
  `2023 年，公司服务客户 86 万家，员工总数 27,460 人，营业收入 275.3 亿元。一名收银员因帐目不符被罚了 ${fine}。无人机喷洒将农药利用率提高了 38%，作业效率提高了 ${efficiency}，节水 4,120 吨。`;
const en = (fine: string, efficiency: string) =>
  `In 2023, the Company served 860,000 customers, had 27,460 employees and recorded revenue of RMB27.53 billion. A cashier whose accounts did not match was fined ${fine}. UAV spraying raised the utilisation rate of pesticides by 38% and working efficiency by ${efficiency}, saving 4,120 tonnes of water.`;
const slips = (zhFine: string, zhEfficiency: string, enFine: string, enEfficiency: string) =>
  checksOf('consistency', ['r-zh.txt', zh(zhFine, zhEfficiency)], ['r-en.txt', en(enFine, enEfficiency)]).filter((c) => !c.holds);

describe('a translation that keeps the number and changes its unit', () => {
  it('flags another currency (300 元 / US$300) and a multiple said as a percentage (60 倍 / 60%)', () => {
    expect(slips('300 元', '60 倍', 'US$300', '60%')).toMatchObject([
      { rule: 'consistency.translation-unit', figures: [{ value: 300 }, { value: 300 }] },
      { rule: 'consistency.translation-unit', figures: [{ value: 60 }, { value: 60 }] },
    ]);
  });

  it('says nothing where the unit is translated with its number (300 元 / RMB300, 1.5 倍 / 150%)', () => {
    expect(slips('300 元', '1.5 倍', 'RMB300', '150%')).toEqual([]);
  });

  it('flags percentage points said as a percentage (5 个百分点 / 5%)', () => {
    expect(slips('300 元', '5 个百分点', 'RMB300', '5%')).toMatchObject([{ rule: 'consistency.translation-unit', figures: [{ value: 5 }, { value: 5 }] }]);
  });
});
