import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share and its inputs in other orders', () => {
  it('takes the count just after the share as its numerator: 女性佔 38.1%，即 102 人', () => {
    expect(checksOf('ratio', '管理層共 268 人，女性佔 38.1%，即 102 人。')).toMatchObject([{ holds: true, figures: [{ value: 102 }, { value: 268 }, { value: 38.1 }] }]);
  });

  it('calls a share of "the total" a mismatch when the total is the only other figure of its sentence', () => {
    const text = (staff: string) => `The Company had 8,452 employees, including ${staff} R&D staff, accounting for 27.4% of the total.`;
    expect(checksOf('ratio', text('2,316'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', text('2,613'))).toMatchObject([{ holds: false, stated: 27.4 }]);
  });

  it('takes a count of people written to the unit as exact: 7 of a board of 12 is 58%, not 63%', () => {
    const text = (share: string) => `董事会目前有 12 名成员，其中 7 名是独立董事，占比 ${share}，女性董事 3 名。`;
    expect(checksOf('ratio', text('58%'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', text('63%'))).toMatchObject([{ holds: false, stated: 63 }]);
  });

  it('takes no amount said after `more than the` as a share\'s numerator: it is the one compared with', () => {
    const text = 'Sales were EUR 842.0 million in 2024. Marketing spend was EUR 29.5 million, 6.1% more than the EUR 27.8 million of 2023 and 3.5% of sales.';
    const shares = checksOf('ratio', text);
    expect(shares).toMatchObject([{ holds: true, figures: [{ value: 29.5e6 }, { value: 842e6 }, { value: 3.5 }] }]);
  });

  it('nor as the whole of the share of `the total` after it', () => {
    const text = 'Waste sent for treatment was 12,400 tonnes in 2024. Hazardous waste was 1,860 tonnes, 7.0% less than the 2,000 tonnes of 2023 and 15.0% of the total.';
    expect(checksOf('ratio', text)).toMatchObject([{ holds: true, figures: [{ value: 1_860 }, { value: 12_400 }, { value: 15 }] }]);
    // (a `from` of another sense before this year's whole leaves it the whole)
    const growers = 'We sourced from 5,200 growers in 2024, 2.0% more than the 5,098 of 2023. Women run 1,560 of these farms, 30.0% of the total.';
    expect(checksOf('ratio', growers)).toMatchObject([{ holds: true, figures: [{ value: 1_560 }, { value: 5_200 }, { value: 30 }] }]);
  });

  it('reads "one in five" as a share cue', () => {
    const text = 'We employ 14,260 people directly. One in five of our employees is a woman (2,852 women, 20.0%).';
    const shares = checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 2_852));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.every((c) => c.holds && c.figures.some((f) => f.value === 14_260))).toBe(true);
  });
});

describe('false alarms found on the extraction fixtures (passages not written for the checks)', () => {
  it('takes a rate of change for no share: 较上年末增加812.35亿元，增幅26.63%', () => {
    const text = '截至2024年末，本行绿色贷款余额3,862.47亿元，较上年末增加812.35亿元，增幅26.63%，绿色贷款占各项贷款比重提升至9.8%。';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('takes "of it" for no named total: a fleet of 312 aircraft, an average age of 9.8 years, and 41% of it', () => {
    const text = 'Our fleet of 312 aircraft has an average age of 9.8 years, and 41% of it is now new-generation types.';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('reads `make up` as a share cue, not a rise: `Veterans make up 11.6% of our workforce (953 employees)`', () => {
    const text = (veterans: string) => `Our workforce numbers 8,214 people. Veterans make up 11.6% of our workforce (${veterans} employees).`;
    expect(checksOf('ratio', text('953'))).toMatchObject([{ holds: true, figures: [{ value: 953 }, { value: 8_214 }, { value: 11.6 }] }]);
  });

  it('takes a whole named and stated just after the share: `18.4% of our total supplier spend of $3.33 billion`', () => {
    const text = (spend: string) => `We spent $${spend} million with diverse suppliers, 18.4% of our total supplier spend of $3.33 billion.`;
    expect(checksOf('ratio', text('612'))).toMatchObject([{ holds: true, figures: [{ value: 612e6 }, { value: 3.33e9 }, { value: 18.4 }] }]);
    expect(checksOf('ratio', text('712'))).toMatchObject([{ holds: false, stated: 18.4 }]);
  });
});

describe('a signed percentage of a change column', () => {
  it('is no share of a whole the text names (`+5.2` above `of which certified green`)', () => {
    const text = [
      'We used 7,340 MWh of energy. Kiln fuel fell 12.4% to 850 MWh. Grid electricity for our drying and packing',
      'halls was 2,430 MWh, of which 1,870 MWh, or 77.0% of it, was certified green.',
      '',
      'Table 2: Energy use by source (MWh)',
      '',
      'Source                                             2024  Share (%)       2023 Change (%)',
      'Forklift diesel                                   4,060       55.3      4,150       -2.2',
      'Kiln fuel                                           850       11.6        970      -12.4',
      'Grid electricity                                  2,430       33.1      2,310       +5.2',
      'of which certified green                          1,870       25.5      1,650      +13.3',
      'Total                                             7,340      100.0      7,430       -1.2',
    ].join('\n');
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a share of a whole named in an earlier section', () => {
  const text = (share: string) =>
    `2023 年，平台年度活跃骑手 126.4 万名，其中全职骑手 38.2 万名。\n\n${'平台持续完善骑手保障体系。'.repeat(8)}\n\n平台女性骑手达 18.6 万名，占活跃骑手总数的 ${share}。`;

  it('meets the whole by its metric without `总数` and without the subject and year words (`平台年度`)', () => {
    expect(checksOf('ratio', text('14.7%'))).toMatchObject([{ holds: true, figures: [{ value: 186_000 }, { value: 1_264_000 }, { value: 14.7 }] }]);
    expect(checksOf('ratio', text('14.2%'))).toMatchObject([{ holds: false, stated: 14.2 }]);
  });

  it('does not take a narrower metric for the whole (`女性活跃骑手` is not all active riders)', () => {
    const narrower = '平台女性活跃骑手 26.4 万名。\n\n平台女性骑手中的单亲妈妈达 18.6 万名，占活跃骑手总数的 14.2%。';
    expect(checksOf('ratio', narrower).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a share followed by its whole: `15.3% of all 13.98 billion orders`', () => {
  it('divides by the amount just after `of all`', () => {
    const text = (share: string) => `Orders placed with "no cutlery" reached 2.14 billion, or ${share} of all 13.98 billion orders.`;
    expect(checksOf('ratio', text('15.3%'))).toMatchObject([{ holds: true, figures: [{ value: 2.14e9 }, { value: 13.98e9 }, { value: 15.3 }] }]);
    expect(checksOf('ratio', text('17.3%'))).toMatchObject([{ holds: false, stated: 17.3 }]);
  });
});

describe('a share of `the total` after a sentence that breaks the whole down', () => {
  it('divides by the largest figure of that sentence, not the nearest, nor a larger one of a sentence before it', () => {
    const text = 'Our programmes reached 3.68 million patient visits. As of December 31, 2023, the Group had 31,250 employees, including 26,480 in Mainland China, 1,320 in Hong Kong and 3,450 overseas. Women numbered 11,380, or 36.4% of the total.';
    expect(checksOf('ratio', text)).toMatchObject([{ holds: true, figures: [{ value: 11_380 }, { value: 31_250 }, { value: 36.4 }] }]);
  });
});

describe('a share of revenue whose whole is said as operating revenue', () => {
  it('takes `Operating revenue was RMB 166.25 billion` as the whole of `5.2% of revenue`', () => {
    const text = (spend: string) => `Operating revenue was RMB 166.25 billion and research and development spending ${spend}, 5.2% of revenue.`;
    expect(checksOf('ratio', text('RMB 8.64 billion'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-named-whole', figures: [{ value: 8.64e9 }, { value: 166.25e9 }, { value: 5.2 }] }]);
    expect(checksOf('ratio', text('RMB 864 million'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole' }]);
  });
});

describe('a share of a whole only a table row states', () => {
  const page = (share: string) => `全年发电1.92亿千瓦时，占分拨中心用电量的${share}%。

表2-1 能源与排放绩效
指标\t单位\t2022年\t2023年
分拨中心用电量\t亿千瓦时\t7.18\t8.07
绿色包装使用率\t%\t86.5\t92.3
`;

  it('takes the latest cell of the row labelled as the whole is named', () => {
    expect(checksOf('ratio', page('23.8'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-named-whole', figures: [{ value: 1.92e8 }, { value: 8.07e8 }, { value: 23.8 }] }]);
    expect(checksOf('ratio', page('28.3'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole' }]);
  });

  it('takes no row whose label only begins as the whole is named', () => {
    expect(checksOf('ratio', page('23.8').replace('占分拨中心用电量的', '占分拨中心的'))).toEqual([]);
  });
});

describe('a share said as a bound', () => {
  const board = (share: string) => `这也使得目前在12位董事成员中，独立董事成员达到7位，占比${share}，而其中女性董事数量增至3名。`;

  it('holds when the quotient lies beyond it: 7 of 12 is 58.3 %, 占比超过50%', () => {
    expect(checksOf('ratio', board('超过50%'))).toMatchObject([{ holds: true, expected: 7 / 12 * 100, stated: 50 }]);
  });

  it('is a mismatch when the quotient falls short of it: 7 of 12 is not over 60 %', () => {
    expect(checksOf('ratio', board('超过60%'))).toMatchObject([{ holds: false, stated: 60 }]);
  });

  it('reads `占比为` and `占比达` as the word share, not a whole named `比为`', () => {
    expect(checksOf('ratio', board('为58%'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', board('达63%'))).toMatchObject([{ holds: false, stated: 63 }]);
  });

  it('holds an upper bound the quotient stays under, and not one it passes: 占比不到60%, 占比不到50%', () => {
    expect(checksOf('ratio', board('不到60%'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', board('不到50%'))).toMatchObject([{ holds: false, stated: 50 }]);
  });
});

describe('a share of a part said of the whole just before it', () => {
  const managers = (share: string) => `截至2023年末，本行共有员工4,105人，其中女性员工2,102人，占比51.2%。本行中层及以上管理人员428人，其中女性186人，占比${share}%。`;

  it('divides by the whole `其中` breaks down, not by a larger figure earlier in the paragraph', () => {
    expect(checksOf('ratio', managers('43.5')).filter((c) => c.figures.some((f) => f.text === '186人'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', managers('41.3')).filter((c) => !c.holds)).toMatchObject([{ rule: 'ratio.part-of-whole-before', stated: 41.3 }]);
  });

  it('is certain among other figures of the sentence: 52 of 168 counties, not of 22 provinces', () => {
    const counties = (share: string) => `计划覆盖全国22个省份的168个县，其中国家乡村振兴重点帮扶县52个，占比${share}%，累计培训带头人3.2万名。`;
    expect(checksOf('ratio', counties('31.0'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', counties('32.1'))).toMatchObject([{ holds: false, rule: 'ratio.part-of-whole-before' }]);
  });

  it('leaves a rate of something else after the part alone (`员工主动离职率为 6.3%`)', () => {
    expect(checksOf('ratio', '公司全年新招聘员工2,935人，其中应届毕业生1,408人，员工主动离职率为6.3%，较上年下降0.8个百分点。')).toEqual([]);
  });
});

describe('a rate of a pair\'s sum, and a count in brackets that is the share before it\'s', () => {
  it('holds `回收率` as recycled over recycled and landfilled, and never calls it a mismatch of the pair', () => {
    const waste = (rate: string) => `送往堆填區的廢棄物減少至4,215噸，另有1,386噸廢棄物獲回收，回收率為${rate}%。`;
    expect(checksOf('ratio', waste('24.7'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-pair-sum' }]);
    expect(checksOf('ratio', waste('24.7')).filter((c) => !c.holds)).toEqual([]);
  });

  it('does not divide `(1,033)`, the numerator of `21.4% of our employees`, by another figure for the next share', () => {
    const text = 'At year end we employed 4,826 people directly, and a further 7,310 contractors worked at our sites. Women made up 21.4% of our employees (1,033) and 18% of the Executive Committee.';
    expect(checksOf('ratio', text)).toMatchObject([{ holds: true, expected: (1_033 / 4_826) * 100 }]);
  });
});

describe('a whole in the year before\'s bracket', () => {
  it('takes last year\'s amount in `(2022: …)` as no whole of this year\'s part: the part\'s miss on this year\'s is a mismatch', () => {
    const text = (wind: string) =>
      `Group revenue was $48.0 million in 2023 (2022: $45.1 million), up 6.4%. Solar contributed $30.0 million (62.5%), wind $${wind} million (20.0%) and storage $8.4 million (17.5%).`;
    const windChecks = (wind: string) => checksOf('ratio', text(wind)).filter((c) => c.figures.some((f) => f.text.includes(wind)));
    expect(windChecks('9.6')).toMatchObject([{ holds: true, figures: [{ value: 9.6e6 }, { value: 48e6 }, { value: 20 }] }]);
    // 9.0 of last year's 45.1 is 20.0 %: not the whole meant
    expect(windChecks('9.0')).toMatchObject([{ holds: false, figures: [{ value: 9e6 }, { value: 48e6 }, { value: 20 }] }]);
  });

  it('keeps such a whole for a share said in the same bracket', () => {
    const text = 'Women held 412 of our 1,210 management roles in 2023 (2022: 386 of 1,160 roles, or 33.3%).';
    expect(checksOf('ratio', text).filter((c) => c.stated === 33.3)).toMatchObject([{ holds: true, figures: [{ value: 386 }, { value: 1_160 }, { value: 33.3 }] }]);
  });
});

describe('a figure with its own share in brackets', () => {
  it('is a part, not the whole of the next share in its sentence (`$30.0 million (62.5%), wind $9.0 million (20.0%)`)', () => {
    const text = 'Solar contributed $30.0 million (62.5%), wind $9.0 million (20.0%) and storage $8.4 million (17.5%).';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a figure before a share that is not for certain its numerator (holds only)', () => {
  it('takes no mismatch from a share said as the level a change took it to: the figure before may be the change', () => {
    const text = '12 new stores opened in 2023, taking the share of stores with solar panels to 38% of our 214 stores.';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('takes no mismatch from a count in words said in a clause of its own', () => {
    expect(checksOf('ratio', 'Three directors retired during the year, and women now make up 40% of our 15 directors.').filter((c) => !c.holds)).toEqual([]);
  });

  it('still calls a miss a mismatch when the words tie the count to its share (one clause, or a bracket or `, or` after it)', () => {
    for (const text of ['Three women sit on the board, or 40% of our 15 directors.', 'Three women sit on our board (40% of its 15 directors).'])
      expect(checksOf('ratio', text)).toMatchObject([{ holds: false, figures: [{ value: 3 }, { value: 15 }, { value: 40 }] }]);
  });
});

describe('a percentage said as a difference (`20% less fuel`)', () => {
  it('is no share of the figures before it', () => {
    const text = 'We operate 214 aircraft, 11 of them delivered this year. These aircraft burn up to 20% less fuel per seat than the types they replace.';
    expect(checksOf('ratio', text)).toEqual([]);
  });
});

describe('a named whole said as a total of its own words', () => {
  const text = (share: string) => `截至报告期末，集团职工总数 8,420 人，覆盖 12 个省份。\n\n截至2023年末，集团共有职工 8,960 人，较上年增长 6.4%；技术人员 2,150 人，占职工总数的 ${share}%。`;

  it('takes `集团共有职工 8,960 人` for `占职工总数的`, ahead of a `职工总数` said earlier in the report', () => {
    expect(checksOf('ratio', text('24.0'))).toMatchObject([{ holds: true, figures: [{ value: 2_150 }, { value: 8_960 }, { value: 24 }] }]);
    expect(checksOf('ratio', text('25.5'))).toMatchObject([{ holds: false, figures: [{ value: 2_150 }, { value: 8_960 }, { value: 25.5 }] }]);
  });
});

describe('a whole of one word named by a figure\'s metric', () => {
  it('takes no rounded count for it: `员工近 1 万人` is no whole of `占员工总数的 29.6%`', () => {
    const text = '公司在国内外共有 12 个生产基地，员工近 1 万人。\n\n报告期末，女性员工 2,894 人，占员工总数的 29.6%。';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('reads a traditional whole said as its sentence\'s first figure: `總用電量為 40,512 萬度，其中…，佔總用電量的 N%`', () => {
    const text = (share: string) => `2023年總用電量為40,512萬度，其中外購電力35,650萬度，再生能源使用量4,862萬度，佔總用電量的${share}%。`;
    expect(checksOf('ratio', text('12.0'))).toMatchObject([{ holds: true, figures: [{ value: 4_862e4 }, { value: 40_512e4 }, { value: 12 }] }]);
    expect(checksOf('ratio', text('12.8'))).toMatchObject([{ holds: false, figures: [{ value: 4_862e4 }, { value: 40_512e4 }, { value: 12.8 }] }]);
  });
});

describe('a share of a balance (`占各项贷款的`) in a bank\'s report', () => {
  const loans = '截至2023年末，本行各项贷款余额3,364.84亿元，各项存款余额3,120.50亿元。\n\n';

  it('takes the whole named without its 余额 for the balance, said with 本行 before it', () => {
    const text = (share: string) => `${loans}个人存款余额1,842.60亿元，占各项存款的${share}%。`;
    expect(checksOf('ratio', text('59.05'))).toMatchObject([{ holds: true, figures: [{ value: 1_842.6e8 }, { value: 3_120.5e8 }, { value: 59.05 }] }]);
    expect(checksOf('ratio', text('55.09'))).toMatchObject([{ holds: false, figures: [{ value: 1_842.6e8 }, { value: 3_120.5e8 }, { value: 55.09 }] }]);
  });

  it('takes the balance, not the amount it changed by since the start of the year, for the numerator', () => {
    const text = (share: string) => `${loans}绿色贷款余额612.40亿元，较年初增加118.20亿元，增长23.92%，占各项贷款的${share}%。`;
    expect(checksOf('ratio', text('18.20'))).toMatchObject([{ holds: true, figures: [{ value: 612.4e8 }, { value: 3_364.84e8 }, { value: 18.2 }] }]);
    expect(checksOf('ratio', text('18.02'))).toMatchObject([{ holds: false, figures: [{ value: 612.4e8 }, { value: 3_364.84e8 }, { value: 18.02 }] }]);
  });

  it('passes over a figure of another kind between the numerator and its share', () => {
    const text = (share: string) => `${loans}科技型企业贷款余额286.40亿元，较年初增长18.6%，增速高于各项贷款3.2个百分点，占各项贷款的${share}%。`;
    expect(checksOf('ratio', text('8.51'))).toMatchObject([{ holds: true, figures: [{ value: 286.4e8 }, { value: 3_364.84e8 }, { value: 8.51 }] }]);
    expect(checksOf('ratio', text('8.15'))).toMatchObject([{ holds: false, figures: [{ value: 286.4e8 }, { value: 3_364.84e8 }, { value: 8.15 }] }]);
  });
});

describe('a whole named in a bracket that says what a rate is', () => {
  const text = (share: string) => `全年实现营业收入 200.0 亿元，利润总额 12.4 亿元。\n\n公司全年环保投入 3.2 亿元，同比增长 8.0%，环保投入强度（环保投入占营业收入的\n比例）为 ${share}%。`;

  it('reads `强度（X 占营业收入的比例）为 N%` as a share of the revenue a paragraph above', () => {
    expect(checksOf('ratio', text('1.60'))).toMatchObject([{ holds: true, figures: [{ value: 3.2e8 }, { value: 200e8 }, { value: 1.6 }] }]);
    expect(checksOf('ratio', text('1.75'))).toMatchObject([{ holds: false, figures: [{ value: 3.2e8 }, { value: 200e8 }, { value: 1.75 }] }]);
  });
});

describe('a share said as it stood at the start of the year (`较年初的 10.31%`)', () => {
  it('is compared with, no result of this year\'s figures', () => {
    const text = '截至2023年末，本行普惠贷款余额842.50亿元，较年初增加195.37亿元，增长30.19%，占各项贷款余额的比例较年初的23.19%有所提升。';
    expect(checksOf('ratio', text).filter((c) => c.stated === 23.19)).toEqual([]);
  });
});

describe('a part said of the whole just before it in its own words, then its share in brackets', () => {
  it('is the pair: `1,920 staff, of whom 614 are engineers (34.0%)`', () => {
    const text = (share: string) => `At year end we employed 1,920 staff, of whom 614 are engineers (${share}%). Engineers led 12 projects.`;
    expect(checksOf('ratio', text('32.0'))).toMatchObject([{ holds: true, figures: [{ value: 614 }, { value: 1_920 }, { value: 32 }] }]);
    expect(checksOf('ratio', text('34.0'))).toMatchObject([{ holds: false, figures: [{ value: 614 }, { value: 1_920 }, { value: 34 }] }]);
  });
});

describe('a share of `them`, its part in brackets after it', () => {
  it('is the bracketed count over the figure `them` points back to: `3,415 graduates, 46.2% of them women (1,578)`', () => {
    const text = (share: string) => `We recruited 3,415 graduates in 2023, ${share}% of them women (1,578).`;
    expect(checksOf('ratio', text('46.2'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-them', figures: [{ value: 1_578 }, { value: 3_415 }, { value: 46.2 }] }]);
    expect(checksOf('ratio', text('42.6'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-them' }]);
  });

  it('passes over the figure compared with: `5,240 homes, 9.6% more than the 4,781 of 2022, and 32.4% of them (1,699) …`', () => {
    const text = (share: string) => `We sold 5,240 homes in the year, 9.6% more than the 4,781 sold in 2022, and ${share}% of them (1,699) were to first-time buyers.`;
    expect(checksOf('ratio', text('32.4'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-them', figures: [{ value: 1_699 }, { value: 5_240 }, { value: 32.4 }] }]);
    expect(checksOf('ratio', text('34.2'))).toMatchObject([{ holds: false, figures: [{ value: 1_699 }, { value: 5_240 }, { value: 34.2 }] }]);
  });
});

describe('a share whose whole\'s name a line break parts', () => {
  it('reads `占营业收⏎入的 N%` as of 营业收入', () => {
    const text = (share: string) => `2023年，公司营业收入为286.40亿元。其中海外业务收入为82.36亿元，占营业收\n入的${share}%。`;
    expect(checksOf('ratio', text('28.8'))).toMatchObject([{ holds: true, figures: [{ value: 82.36e8 }, { value: 286.4e8 }, { value: 28.8 }] }]);
    expect(checksOf('ratio', text('22.8'))).toMatchObject([{ holds: false, figures: [{ value: 82.36e8 }, { value: 286.4e8 }, { value: 22.8 }] }]);
  });
});

describe('a Chinese share said as `N 个 X 的 Y%` of the figure just before it', () => {
  it('pairs `已建成充电站 96 座，覆盖全部 138 个服务区的 69.6%`', () => {
    const text = (share: string) => `公司年内新建充电站12座，累计建成充电站96座，覆盖全部138个服务区的${share}%。`;
    expect(checksOf('ratio', text('69.6'))).toMatchObject([{ holds: true, figures: [{ value: 96 }, { value: 138 }, { value: 69.6 }] }]);
  });
});

describe('a Chinese share of the set a part is counted in: `N 个 X 中，有 M 个…，占比 P%`', () => {
  it('pairs `在册的 124 家供应商中，有 87 家通过了现场审核，占比 70.2%`', () => {
    const text = (share: string) => `本年度在册的124家供应商中，有87家\n通过了现场环境审核，占比达${share}%。`;
    expect(checksOf('ratio', text('70.2'))).toMatchObject([{ holds: true, figures: [{ value: 87 }, { value: 124 }, { value: 70.2 }] }]);
    expect(checksOf('ratio', text('72.0'))).toMatchObject([{ holds: false, rule: 'ratio.part-of-whole-before', figures: [{ value: 87 }, { value: 124 }, { value: 72 }] }]);
  });
});

describe('a share of a whole named in short', () => {
  it('takes `占在营门店的 N%` as of `在营直营门店 640 家`', () => {
    const text = (share: string) => `截至年末，公司在营直营门店640家。其中176家门店已完成节能照明改造，占在营门店的${share}%。`;
    expect(checksOf('ratio', text('27.5'))).toMatchObject([{ holds: true, figures: [{ value: 176 }, { value: 640 }, { value: 27.5 }] }]);
    expect(checksOf('ratio', text('25.7'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole', figures: [{ value: 176 }, { value: 640 }, { value: 25.7 }] }]);
  });
});

describe('a share of a whole of one English word: `N, P% of revenue`', () => {
  const text = (share: string) =>
    'Group sales rose 3.1% to £2,140.5 million, of which wholesale sales were £612.0 million. Marketing spend of £96.3 million, ' + `${share}% of sales, was in line with plan.`;

  it('takes the largest figure before whose metric is that word of the whole company', () => {
    expect(checksOf('ratio', text('4.5'))).toMatchObject([{ holds: true, figures: [{ value: 96.3e6 }, { value: 2_140.5e6 }, { value: 4.5 }] }]);
    expect(checksOf('ratio', text('5.4'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole', figures: [{ value: 96.3e6 }, { value: 2_140.5e6 }, { value: 5.4 }] }]);
  });

  it('takes no figure of one part (`wholesale sales`) nor the thing a figure counts as that whole', () => {
    const part = 'Wholesale sales were £612.0 million. Marketing spend of £96.3 million, 18.2% of sales, was in line with plan.';
    expect(checksOf('ratio', part).filter((c) => !c.holds)).toEqual([]);
    const counted = 'Solar panels now sit on 1,840 stores. Heat pumps are fitted in 312 stores, 11.0% of stores.';
    expect(checksOf('ratio', counted).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a share said as a bound', () => {
  it('calls no slip of digits on `占…的六成以上` (at least 60%)', () => {
    const text = '公司淘汰受限化学品47种；引入通过认证的染化料供应商23家，其采购额占染化料采购总额的六成以上。';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a share of a whole named by the subject of the sentence before, its figure given no metric', () => {
  const text = (share: string) => `Climate
Total emissions across Scopes 1, 2 and 3 fell 3.1% to 2,184,600 tCO2e. Scope 1 emissions, mostly diesel burned by
our fleet, fell 4.8% to 462,800 tCO2e and accounted for ${share}% of total emissions.`;

  it('is of that figure (`Total emissions across Scopes 1, 2 and 3 fell 3.1% to 2,184,600`, under its heading `Climate`)', () => {
    const shares = (share: string) => checksOf('ratio', text(share)).map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(shares('21.2')).toEqual([[true, [462_800, 2_184_600, 21.2]]]);
    expect(shares('21.6')).toEqual([[false, [462_800, 2_184_600, 21.6]]]);
  });
});

describe('a percentage said as another way of putting a change (`an increase of RMB412.84 billion, or 28.4%`)', () => {
  it('is the change\'s rate, no share of the figures before it', () => {
    const text = (change: string) => `At the end of 2023, inclusive loans to small enterprises stood at RMB1.86 trillion, ${change} RMB412.84 billion, or 28.4%, over the end of the previous year.`;
    expect(checksOf('ratio', text('an increase of'))).toEqual([]);
    // the same pair said as a part of the whole is still a share of it
    expect(checksOf('ratio', text('of which green loans were')).length).toBeGreaterThan(0);
  });
});

describe('a named whole said as a bound', () => {
  const text = (said: string) => `At the end of 2023 we supplied water in 48 towns, serving ${said}${said ? ' ' : ''}4.2 million retail customers and 61,000 business customers.\n\nIn 2023 we carried out 3.68 million meter inspections, covering 88.9% of our retail customers.`;

  it('works a share out of the whole said exactly, not of `over 4.2 million`', () => {
    expect(checksOf('ratio', text(''))).toMatchObject([{ holds: false, rule: 'ratio.share-of-named-whole', stated: 88.9 }]);
    expect(checksOf('ratio', text('over'))).toEqual([]);
    expect(checksOf('ratio', text('nearly'))).toEqual([]);
  });
});

describe('a percentage in brackets after the amount a figure changed by', () => {
  it('reads `a net increase of 96,000 (N%)` as the change\'s rate, no share of the figure before it', () => {
    // 96,000 on 2.39 million is 4.0%; of 2.486 million, 3.9%
    const text = (rate: string) => `At the end of 2023 we served 2.486 million broadband customers, a net increase of 96,000 (${rate}%) on the year.`;
    expect(checksOf('ratio', text('4.0'))).toEqual([]);
  });

  it('still reads a bracketed share after an amount said as no change (`of which 41,600 (N%)`)', () => {
    expect(checksOf('ratio', 'By year end we had 1.236 million broadband subscribers, of which 416,000 (33.7%) took fibre.')).toMatchObject([{ holds: true }]);
  });
});
