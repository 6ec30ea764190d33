import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a report's Chinese and its English translation, in two files; between the anchors (86 万 / 860,000,
// 27,460, 4,120) each language has one multiple and one count of employees left
const zh = (multiple: string, staff: string) =>
  `2023 年，公司服务客户 86 万家，员工总数 27,460 人。无人机喷洒将农药利用率提高了 ${multiple}。合作伙伴家乐福有 ${staff}员工，超过一半是收银员。全年节水 4,120 吨。`;
const en = (multiple: string, staff: string) =>
  `In 2023, the Company served 860,000 customers and had 27,460 employees. UAV spraying raised the utilisation rate of pesticides by ${multiple}. Our partner Carrefour has ${staff} employees, more than half of whom are cashiers. We saved 4,120 tonnes of water.`;
const slips = (zhMultiple: string, zhStaff: string, enMultiple: string, enStaff: string) =>
  checksOf('consistency', ['r-zh.txt', zh(zhMultiple, zhStaff)], ['r-en.txt', en(enMultiple, enStaff)]).filter((c) => !c.holds);

describe('figures left over between two anchors of a translation', () => {
  it('says nothing where they agree', () => {
    expect(slips('1.5 倍', '5 万名', '1.5 times', '50,000')).toEqual([]);
  });

  it('flags a dropped decimal point in a multiple as a scale slip (1.5 倍 / 15 times)', () => {
    expect(slips('1.5 倍', '5 万名', '15 times', '50,000')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 1.5 }, { value: 15 }] }]);
  });

  it('flags a zero added to a one-digit multiple as a scale slip (6 倍 / 60 times)', () => {
    expect(slips('6 倍', '5 万名', '60 times', '50,000')).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 6 }, { value: 60 }] }]);
  });

  it('flags two round figures whose rounding steps only touch (6 万 / 50,000) as a changed value', () => {
    expect(slips('1.5 倍', '6 万名', '1.5 times', '50,000')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 60_000 }, { value: 50_000 }] }]);
  });
});

describe('figures after the last anchor of one bilingual file', () => {
  // each paragraph followed by its translation; the multiple stands after every anchor
  const text = (multiple: string) =>
    [
      '他的芝麻分 751 分，不但免去了押金，还能一月一付。',
      'He has a 751 Zhima Credit score, so he is exempted from paying a deposit.',
      '由于芝麻信用分高达 763 分，极飞减免了他的押金。无人机喷洒将农药利用率提高了 1.5 倍，工作效率提高了 60 倍。',
      `Because his score was as high as 763, Xaircraft waived the deposit. UAV spraying increased the utilisation rate of chemicals by 1.5 times and working efficiency by ${multiple}.`,
    ].join('\n\n');

  it('are compared within the reach of a translation (60 倍 / 6 times)', () => {
    expect(checksOf('consistency', text('60 times')).filter((c) => !c.holds)).toEqual([]);
    expect(checksOf('consistency', text('6 times')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.translation-scale', figures: [{ value: 60 }, { value: 6 }] }]);
  });
});

describe('a rate of change between two anchors of a translation', () => {
  const zh = (rate: string) => `2023年，集团完成货物吞吐量4.86亿吨，同比增长6.2%；完成集装箱吞吐量1,326万标准箱，同比增长${rate}，其中外贸集装箱872万标准箱。`;
  const en = 'In 2023 the Group handled 486 million tonnes of cargo, up 6.2% year on year, and 13.26 million TEU of containers, up 4.8%, of which 8.72 million TEU were foreign trade containers.';
  const slips = (rate: string) => checksOf('consistency', ['p-zh.txt', zh(rate)], ['p-en.txt', en]).filter((c) => !c.holds);

  it('flags two digits swapped as written (8.4% / 4.8%), though both round to other whole numbers', () => {
    expect(slips('8.4%')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 8.4 }, { value: 4.8 }] }]);
  });

  it('says nothing where they agree', () => {
    expect(slips('4.8%')).toEqual([]);
  });
});

describe('a figure and its translation in another measure between two anchors (the unit said once)', () => {
  const zh = (to: string) => `2023年公司温室气体排放总量为318.6万吨二氧化碳当量，同比增长7.5%。单位生鲜乳碳排放由1.74千克二氧化碳当量/千克降至${to}千克。公司推行精准饲喂，吨奶饲料消耗同比下降4.6%。`;
  const en = 'Total greenhouse gas emissions rose 7.5% to 3.186 million tCO2e in 2023. Higher yields brought emissions per kilogram of raw milk down to 1.17 kg CO2e, from 1.74 kg. Precision feeding cut feed use per tonne of milk by 4.6%.';
  const slips = (to: string) => checksOf('consistency', ['m-zh.txt', zh(to)], ['m-en.txt', en]).filter((c) => !c.holds);

  it('are each other\'s, and what is left pairs in turn (1.71 / 1.17, the English in the other order)', () => {
    expect(slips('1.71')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 1.71 }, { value: 1.17 }] }]);
  });
});

describe('a figure the translation moved within its sentence, past its anchors', () => {
  // the Chinese says the rate after the two years' figures, the English before them
  const zh = (rate: string) => `2023 年，公司业绩稳步提升。全年充电量 18.46 亿千瓦时（2022 年：12.38 亿千瓦时），同比增长 ${rate}。公司员工总数 6,842 人。`;
  const en = (rate: string) => `2023 was a year of steady progress. Electricity charged rose ${rate} to 1.846 billion kWh (2022: 1.238 billion kWh). We had 6,842 employees.`;
  const slips = (zhRate: string, enRate: string) => checksOf('consistency', ['c-zh.txt', zh(zhRate)], ['c-en.txt', en(enRate)]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

  it('flags its digits swapped (49.1% / 94.1%)', () => {
    expect(slips('49.1%', '94.1%')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 49.1 }, { value: 94.1 }] }]);
  });

  it('says nothing where it agrees', () => {
    expect(slips('49.1%', '49.1%')).toEqual([]);
  });
});
