import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rule = (name: string, text: string) => checksOf('ratio', text).filter((c) => c.rule === name);

describe('a share of an unnamed whole, of the whole its paragraph\'s other shares are of', () => {
  const staff = (share: string) =>
    `截至 2023 年 12 月 31 日，公司在册员工共 12,460 人，其中研发人员 2,118 人，占比 17.0%；女性员工 3,987 人，占比 32.0%；少数民族员工 418 人，占比 ${share}%。`;

  it('recomputes `少数民族员工 418 人，占比 N%` on the 12,460 the other two shares hold with, and calls a miss a mismatch', () => {
    expect(rule('ratio.share-of-paragraph-whole', staff('3.8'))).toMatchObject([{ holds: false, expected: expect.closeTo(3.35, 2), stated: 3.8 }]);
  });

  it('says nothing more when the share holds on it (the other rules report it)', () => {
    expect(checksOf('ratio', staff('3.4')).filter((c) => !c.holds)).toEqual([]);
  });

  it('takes no rate of change for a share (`（2022 年底：4,812 人），年增 6.1%`)', () => {
    const text = '截至 2023 年底，本公司全球員工總數 5,106 人（2022 年底：4,812 人），年增 6.1%。女性員工 1,860 人，占比 36.4%。';
    expect(rule('ratio.share-of-paragraph-whole', text)).toEqual([]);
  });

  it('leaves a share whose whole is named between (`占管理层的`) to that whole', () => {
    const text = '公司在册员工共 12,460 人，其中研发人员 2,118 人，占比 17.0%；女性员工 3,987 人，占比 32.0%；女性管理者 418 人，占管理层的 38.0%。';
    expect(rule('ratio.share-of-paragraph-whole', text)).toEqual([]);
  });

  it('takes no whole when the paragraph\'s shares are of two different figures that could hold it', () => {
    const text = 'We employ 7,762 people, 3,268 of them women (42.1%). Our stores employ 5,020 people, of whom 2,410 are women (48.0%). Part-time colleagues number 1,946 people, 36.1% of the total.';
    expect(rule('ratio.share-of-paragraph-whole', text)).toEqual([]);
  });
});

describe('a share with no figure before it in its sentence', () => {
  it('holds on the pair of the sentence before that gives it, the nearest when small counts are loose', () => {
    const text = 'The Board comprises 11 directors: a non-executive Chair, 2 executive directors, 4 independent non-executive directors and 4 other non-executive directors. Independent directors thus make up 36.4% of the Board.';
    expect(rule('ratio.share-of-pair-before-sentence', text)).toMatchObject([{ holds: true, figures: [{ value: 4 }, { value: 11 }, { value: 36.4 }] }]);
  });

  it('calls a miss a mismatch when a swap of two digits explains it against one pair (two pairs of the same values are one)', () => {
    const text = 'The Board comprises 11 directors: a non-executive Chair, 2 executive directors, 4 independent non-executive directors and 4 other non-executive directors. Independent directors thus make up 63.4% of the Board.';
    expect(rule('ratio.share-of-pair-before-sentence.one-slip', text)).toMatchObject([{ holds: false, expected: expect.closeTo(36.36, 2), figures: [{ value: 4 }, { value: 11 }, { value: 63.4 }] }]);
  });

  it('takes no slip to explain a share in words or said roughly (`约占五分之一` allows too many quotients)', () => {
    const text = '全年组织员工志愿服务活动320余场，近千名员工参与，志愿服务时长逾1.8万小时。其中，党员志愿者约占五分之一。';
    expect(rule('ratio.share-of-pair-before-sentence.one-slip', text)).toEqual([]);
  });

  it('takes no pair for a share set as a cell of a page in columns, whose lines above belong to other columns', () => {
    const page = [
      '  1.42 million                                              98.1%',
      '  outpatient appointments (2022/23: 1.31m)                  of inpatients would recommend our hospitals',
      '                                                            (national average 94%)',
      '  186,400',
      '  inpatient and day-case admissions, up 6.8%                0.21',
      '                                                            MRSA bacteraemia cases per 10,000 bed days',
      '  412,750',
      '  A&E attendances across our 4 emergency departments        2',
      '                                                            never events, down from 5',
      '  74.2%',
      '  of A&E patients seen within four hours                    87.4%',
      '',
    ].join('\n');
    expect(rule('ratio.share-of-pair-before-sentence', page)).toEqual([]);
  });

  it('takes the pair the share\'s words name (a part whose own words the share repeats, of the whole every figure is a kind of), so a slip in a small count is a mismatch', () => {
    const text = (independent: string, whole = '9') =>
      `The committee has ${whole} members: 3 executive members, ${independent} independent members and 2 other members. Independent members thus make up 22.2% of the committee.`;
    expect(rule('ratio.share-of-pair-before-sentence', text('2'))).toMatchObject([{ holds: true, figures: [{ value: 2 }, { value: 9 }, { value: 22.2 }] }]);
    // 5 of 9 is 55.6%; the other members' 2 of 9 giving 22.2% is chance
    expect(rule('ratio.share-of-pair-before-sentence.named', text('5'))).toMatchObject([{ holds: false, figures: [{ value: 5 }, { value: 9 }, { value: 22.2 }] }]);
    expect(rule('ratio.share-of-pair-before-sentence.named', text('2', '7'))).toMatchObject([{ holds: false, figures: [{ value: 2 }, { value: 7 }, { value: 22.2 }] }]);
  });

  it('names no pair when the share\'s words fit two parts, or a figure is no kind of the first', () => {
    const two = 'The committee has 9 members: 3 executive members, 5 independent members and 1 independent lay member. Independent members thus make up 22.2% of the committee.';
    const apart = 'We run 9 sites, employ 5 engineers and own 2 vessels. Engineers thus make up 22.2% of the total.';
    for (const text of [two, apart]) expect(rule('ratio.share-of-pair-before-sentence.named', text)).toEqual([]);
  });

  it('takes no pair of last year\'s figure (`up from 1.9 million in 2022`) or for a target\'s share', () => {
    const prior = 'In 2023 our medicines reached more than 2.4 million patients in low-income countries, up from 1.9 million in 2022. We supplied 146 million doses. Tiered pricing now covers approximately 80% of our portfolio.';
    const target = '全年新增风电装机 349 万千瓦、太阳能发电装机 648 万千瓦。到 2025 年，公司清洁能源装机占比将超过 50%。';
    for (const text of [prior, target]) expect(rule('ratio.share-of-pair-before-sentence', text)).toEqual([]);
  });

  it('reports nothing when no pair there gives it (holds only)', () => {
    const text = 'We employ 7,762 people across 214 stores. Women make up 61.5% of the Board.';
    expect(rule('ratio.share-of-pair-before-sentence', text)).toEqual([]);
  });

  it('takes the whole the share names after it (`of the accounts we manage`) over a part of it, and the part its sentence names', () => {
    const text = (share: string) => `We serve 2.6 million customers across 1,250,000 accounts: 1,180,000 residential and 70,000 business accounts. Business accounts make up ${share}% of the accounts we manage.`;
    const shares = (t: string) => checksOf('ratio', t).filter((c) => c.rule.startsWith('ratio.share-of-pair-before-sentence'));
    expect(shares(text('5.6'))).toMatchObject([{ holds: true, figures: [{ value: 70_000 }, { value: 1_250_000 }, { value: 5.6 }] }]);
    expect(shares(text('6.1'))).toMatchObject([{ holds: false, figures: [{ value: 70_000 }, { value: 1_250_000 }, { value: 6.1 }] }]);
  });
});

describe('a share in a bracket of the year before', () => {
  it('takes no whole of this year for the year before\'s figure (`(2022: €1,720 million, 23.6%)`)', () => {
    const text = 'Net sales were €8,000 million, 76.0% of them outside Germany. Exports came to €3,200 million, 40.0% of net sales. EBITDA was €2,000 million, a margin of 25.0% (2022: €1,720 million, 23.6%).';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a share named by its own words (`女性管理者比例为`)', () => {
  it('is of the kind its name ends with, not of the paragraph\'s whole its metric does not say', () => {
    const text = '截至 2023 年末，公司在册员工共 12,460 人，其中女性员工 3,987 人，占比 32.0%；女性管理者 186 人，女性管理者比例为 38.0%。';
    expect(rule('ratio.share-of-paragraph-whole', text)).toEqual([]);
  });

  it('is still of the paragraph\'s whole when its name says it (`女性员工比例为`)', () => {
    const text = '截至 2023 年末，公司在册员工共 12,460 人，其中研发人员 2,118 人，占比 17.0%；女性员工 3,987 人，女性员工比例为 36.0%。';
    expect(rule('ratio.share-of-paragraph-whole', text)).toMatchObject([{ holds: false, stated: 36 }]);
  });
});

describe('a share said of the year before after this year\'s, in one bracket', () => {
  it('is of no whole of this year\'s (`(15.0%; 2023: 168 men, 14.1%)`)', () => {
    const en = 'Our hospital employed 1,236 nurses at the end of 2024, 3.5% more than the 1,194 of 2023, and 186 of them were men (15.0%; 2023: 168 men, 14.1%).';
    expect(checksOf('ratio', en).filter((c) => !c.holds)).toEqual([]);
    const zh = '截至2024年末，本院在岗护士1,236人，较上年末的1,194人增长3.5%，其中男护士186人（占比15.0%；2023年：168人，占比14.1%）。';
    expect(checksOf('ratio', zh).filter((c) => !c.holds)).toEqual([]);
  });
});
