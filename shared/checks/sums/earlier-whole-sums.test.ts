import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a list said to make up the figure of the sentence before', () => {
  const contribution = (total: string) =>
    checksOf('sum', `In 2023 our total community contribution was £${total} million. This comprised £2.35 million in cash donations, £1.62 million in colleague time, £0.79 million of in-kind donations and £0.18 million in management costs.`);

  it('adds up to it, or is a mismatch', () => {
    expect(contribution('4.94')).toMatchObject([{ holds: true, stated: 4_940_000 }]);
    expect(contribution('4.86')).toMatchObject([{ holds: false, rule: 'sum.listed-in-next-sentence', stated: 4_860_000 }]);
  });

  it('needs the sentence to say so: parts merely following a total are no mismatch', () => {
    const text = 'In 2023 our total community contribution was £4.86 million. We gave £2.35 million in cash donations, £1.62 million in colleague time and £0.79 million of in-kind donations.';
    expect(checksOf('sum', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a breakdown whose whole stands earlier in its paragraph', () => {
  it('adds `分别为` counts up to the staff stated two sentences before (holds only)', () => {
    const text = (doctors: string) => `截至 2023 年 12 月 31 日，公司在册员工共 12,460 人，其中研发人员 2,118 人。按学历划分，博士、硕士、本科及以下员工分别为 ${doctors} 人、1,240 人和 11,134 人。`;
    expect(checksOf('sum', text('86'))).toContainEqual(expect.objectContaining({ holds: true, rule: 'sum.parts-of-earlier-whole', stated: 12_460 }));
    expect(checksOf('sum', text('56')).filter((c) => c.rule === 'sum.parts-of-earlier-whole')).toEqual([]);
  });

  it('adds `Of the cash donations, …` up to the donations just stated, leaving out a count of grants', () => {
    const checks = checksOf('sum', 'This comprised £2.35 million in cash donations and £1.62 million in colleague time. Of the cash donations, £1.40 million went to our charity partner, and the remaining £0.95 million funded 312 local grants.');
    expect(checks).toContainEqual(expect.objectContaining({ holds: true, rule: 'sum.parts-of-earlier-whole', stated: 2_350_000 }));
  });

  it('adds a sentence opening with what it breaks down by (`按年龄划分，`) up to the staff before (holds only)', () => {
    const zh = (young: string) => `截至2023年末，公司员工总数74,562人，其中女性员工26,482人，占员工总数的36.0%。按年龄划分，30岁\n以下员工${young}人、30至50岁员工39,684人、50岁以上员工6,462人。`;
    expect(checksOf('sum', zh('28,416'))).toContainEqual(expect.objectContaining({ holds: true, rule: 'sum.parts-of-earlier-whole', stated: 74_562 }));
    expect(checksOf('sum', zh('28,146')).filter((c) => c.rule === 'sum.parts-of-earlier-whole')).toEqual([]);
  });

  it('looks no further than its paragraph', () => {
    expect(checksOf('sum', '公司在册员工共 12,460 人。\n\n博士、硕士、本科及以下员工分别为 86 人、1,240 人和 11,134 人。')).toEqual([]);
  });
});

describe('a figure followed by a `其中` clause of its sentence', () => {
  it('is the whole the clause breaks down, a rate between them aside', () => {
    const fleet = checksOf('sum', '截至 2023 年 12 月 31 日，本集團營運車隊共 2,145 輛巴士，其中專營巴士 1,986 輛，非專營巴士 159 輛。');
    expect(fleet).toMatchObject([{ holds: true, stated: 2_145 }]);
    const ghg = checksOf('sum', '溫室氣體排放總量由 2022 年的 412,860 噸減少至 398,140 噸，減幅 3.6%，其中範圍一排放 371,520 噸，範圍二排放 26,620 噸。');
    expect(ghg).toContainEqual(expect.objectContaining({ holds: true, stated: 398_140 }));
  });
});

describe('a list said to make up the figure of the sentence before, the year before in brackets after it', () => {
  it('is of this year\'s figure, not of the year before\'s in brackets', () => {
    const text = (total: string) =>
      `Our total community contribution in 2023/24 was £${total} million (2022/23: £6.8 million). This comprised £3.1 million raised for our charity partner, £2.2 million of food donated, £1.4 million in cash donations and £0.5 million of colleague volunteering time.`;
    expect(checksOf('sum', text('7.2'))).toMatchObject([{ holds: true, stated: 7_200_000 }]);
    expect(checksOf('sum', text('7.9'))).toMatchObject([{ holds: false, rule: 'sum.listed-in-next-sentence', stated: 7_900_000 }]);
  });
});

describe('a whole said in the sentence before, pointed back to by a noun or by `of these`', () => {
  it('takes `The programme comprised …` as a list making up the figure just stated', () => {
    const text = (total: string) => `We spent £${total} million on our network in the year. The programme comprised £41.5 million of renewals, £30.1 million of reinforcement and £14.6 million of digital works.`;
    expect(checksOf('sum', text('86.2'))).toMatchObject([{ holds: true, rule: 'sum.listed-in-next-sentence', stated: 86_200_000 }]);
    expect(checksOf('sum', text('88.2'))).toMatchObject([{ holds: false, rule: 'sum.listed-in-next-sentence', stated: 88_200_000 }]);
  });

  it('adds `made up 8,120 of these, …` up to the figure before, passing over last year\'s (holds only)', () => {
    const text = (first: string) => `At year end we let 12,450 homes, up 2.1% from 12,194 a year earlier. Social rent homes made up ${first} of these, affordable rent 3,010 and intermediate rent 1,320.`;
    expect(checksOf('sum', text('8,120'))).toContainEqual(expect.objectContaining({ holds: true, rule: 'sum.parts-of-earlier-whole', stated: 12_450 }));
    expect(checksOf('sum', text('8,210')).filter((c) => c.rule === 'sum.parts-of-earlier-whole')).toEqual([]);
  });
});

describe('a breakdown opening `Of these,` after its whole', () => {
  it('counts the whole\'s things in the parts that name none (`and the remaining 17 are owned or leased`)', () => {
    const text = 'At 31 December 2023 Ashcombe operated 214 hotels with 38,650 rooms in 11 countries. Of these, 126 hotels are managed under contract, 71 hotels are franchised and the remaining 17 are owned or leased.';
    expect(checksOf('sum', text).filter((c) => c.rule === 'sum.parts-of-earlier-whole').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([[true, 214, 126, 71, 17]]);
  });
});

describe('the whole a sentence points back to', () => {
  it('is the figure said of the present, not a target or the year before after it', () => {
    const text = (green: string) =>
      `Our portfolio reached S$38.6 billion at end-2023, up 27.4% from S$30.3 billion a year earlier, and 77.2% of the way to our S$50 billion target for 2025. It comprised green loans of S$${green} billion, social loans of S$11.8 billion and bonds of S$5.4 billion.`;
    expect(checksOf('sum', text('21.4')).filter((c) => c.rule === 'sum.listed-in-next-sentence')).toMatchObject([{ holds: true, stated: 38_600_000_000 }]);
    expect(checksOf('sum', text('24.1')).filter((c) => c.rule === 'sum.listed-in-next-sentence')).toMatchObject([{ holds: false, stated: 38_600_000_000 }]);
  });
});

describe('a list one of whose parts is said as a share of a named whole', () => {
  const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.parts-of-named-whole').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('adds up to the figure that whole names, a sentence before (`UK Parcels contributed £1,684.2 million (43.8% of revenue), …`)', () => {
    const text = (freight: string) => `Revenue rose 4.8% to £3,842.6 million (2022: £3,666.6 million). UK Parcels contributed £1,684.2 million (43.8% of revenue), Freight £${freight} million and Contract Logistics £911.6 million.`;
    expect(sums(text('1,246.8'))).toEqual([[true, [3_842.6e6, 1_684.2e6, 1_246.8e6, 911.6e6]]]);
    expect(sums(text('1,264.8'))).toEqual([]);
  });

  it('reads the clauses a `；` runs on as the list\'s, the whole a paragraph before', () => {
    const text = (other: string) => `2023年，公司实现营业收入486.2亿元，同比增长62.8%。\n\n二、运营与财务\n2023年，公司客运收入412.8亿元，占营业收入的84.9%；货运及邮运收入48.6亿元，占10.0%；其他收入${other}亿元，占5.1%。`;
    expect(sums(text('24.8'))).toEqual([[true, [486.2e8, 412.8e8, 48.6e8, 24.8e8]]]);
    expect(sums(text('42.8'))).toEqual([]);
  });
});
