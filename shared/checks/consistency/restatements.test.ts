import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { figureId, type FigureId } from '../readers/figure-places';
import { restatementChecks } from './restatements';

const far = '\n\n' + 'The rest of this report describes our governance and risk management.\n\n'.repeat(20);

describe('restatements worded differently', () => {
  it('flags digits transposed in a restatement (521 against 512)', () => {
    const checks = checksOf('consistency', `Highlights\n- A$521 million spent with local businesses${far}Of this, A$512 million went to 214 local businesses in the region.`);
    expect(checks).toMatchObject([{ holds: false, rule: 'consistency.transposed-digits' }]);
  });

  it('flags the same figure said over in one place and nearly in another', () => {
    const text = `公司主要从事城市供水业务，服务人口超过 420 万人。${'公司持续完善治理结构。'.repeat(30)}公司为近 420 万人提供安全、稳定的供水服务。`;
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false, rule: 'consistency.opposite-qualifiers' }]);
  });

  it('does not pair figures that share only their counted noun', () => {
    const text = `The quiz attracted nearly 2 million people within three days.${far}More than 2 million people have placed orders for garbage collection.`;
    expect(checksOf('consistency', text)).toEqual([]);
  });

  it('does not pair transposed digits of unrelated claims', () => {
    expect(checksOf('consistency', `We planted 1,250 trees in Yunnan.${far}Our volunteers gave 1,520 hours to schools.`)).toEqual([]);
  });
});

describe('a text figure with no year beside a table of several years', () => {
  it('is grouped with the column whose value it restates, not with every year', () => {
    const text = `公司温室气体排放总量为 17.1 万吨二氧化碳当量，同比下降 4.7%。\n\n指标\t单位\t2021 年\t2022 年\t2023 年\n温室气体排放总量\t吨二氧化碳当量\t186,420\t179,860\t171,350\n`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('transposed digits after a decimal point', () => {
  it('are flagged at the same scale (1.26 million against 1.62 million)', () => {
    const text = `Harbourline serves 1.26 million customers across Hong Kong.${far}We now serve 1.62 million customers, and our staff volunteered.`;
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false, rule: 'consistency.transposed-digits' }]);
  });
});

describe('a target beside a present count', () => {
  it('is no restatement: 近 1,200 名成員 now, 1,200 名以上 planned for 2024', () => {
    const text = `本集團義工隊共有近 1,200 名成員，全年服務 18,400 小時。${'本集團持續完善治理。'.repeat(30)}本集團將於 2024 年把義工隊擴大至 1,200 名以上成員。`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toEqual([]);
  });

  it('leaves a present count before the comma that turns to the target: `operating over 2,400 lockers, we aim to …` against `nearly 2,400 lockers`', () => {
    const text = `With a network operating over 2,400 lockers, we aim to reach net zero across our estate by 2035.${far}Our locker network of nearly 2,400 lockers handled 18.6 million parcels.`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.opposite-qualifiers', figures: [{ value: 2_400 }, { value: 2_400 }] }]);
  });
});

describe('a metric named by its counted noun of two words', () => {
  const esg = 'Our loyalty programme had over 130 million registered members.';
  const annual = (members: string) => `Financial highlights\nRevenue: RMB15,842 million\nRegistered members: ${members} million\n`;

  it('holds `over 130 million registered members` against 126.5 million in another report to disagree', () => {
    expect(checksOf('consistency', ['esg.txt', esg], ['annual.txt', annual('126.5')])).toMatchObject([{ holds: false }]);
    expect(checksOf('consistency', ['esg.txt', esg], ['annual.txt', annual('131.2')])).toMatchObject([{ holds: true }]);
  });

  it('does not group figures by a one-word counted noun alone (`users`)', () => {
    expect(checksOf('consistency', ['a.txt', 'We served over 130 million users.'], ['b.txt', 'Users: 126.5 million'])).toEqual([]);
  });
});

describe('transposed digits across the decimal point', () => {
  it('are flagged (£84.6 billion against £86.4 billion)', () => {
    const text = `With a loan book of £84.6 billion, we can do most through the customers we lend to.${far}Our loans and advances to customers were £86.4 billion at the year end.`;
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false, rule: 'consistency.transposed-digits' }]);
  });
});

describe('a year the sentence compares with', () => {
  const table = '\n\n指標 Indicator\t單位 Unit\t2022/23\t2023/24\n範圍一排放 Scope 1 emissions\t公噸二氧化碳當量 tCO2e\t6,842\t6,518\n溫室氣體總排放 Total GHG emissions\t公噸二氧化碳當量 tCO2e\t82,078\t78,412\n';
  const zh = '溫室氣體總排放量為78,412公噸二氧化碳當量，較2022/23年度減少4.5%，其中範圍一排放6,518公噸。';

  it('does not make the figures after it that year\'s (範圍一 6,518 is no restatement of the 2022/23 column)', () => {
    expect(checksOf('consistency', zh + table).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a slip already reported', () => {
  it('is not said again against another statement of the value it was reported against', () => {
    const highlights = checkDoc('r.txt', `Highlights\n- A$521 million spent with local businesses${far}Of this, A$512 million went to 214 local businesses in the region.`);
    const translation = checkDoc('r-zh.txt', '其中 5.12 亿澳元用于采购本地企业的产品和服务。');
    const id = (doc: typeof highlights, text: string) => figureId(doc.name, doc.figures.find((f) => f.text.includes(text))!.start);
    expect(restatementChecks([highlights, translation], new Set())).toHaveLength(1);
    // the 521 already reported against the translation's 5.12 亿: the body's 512 is that value again
    expect(restatementChecks([highlights, translation], new Set([id(highlights, '521'), id(translation, '5.12')]))).toEqual([]);
  });
});

describe('digits transposed between a text figure and a table cell', () => {
  const table = '\n\n表4-1 绿色保险主要指标\n指标\t单位\t2021年\t2022年\t2023年\n其中：清洁能源保险\t亿元\t9.86\t12.48\t15.37\n绿色交通保险\t亿元\t8.64\t10.84\t12.49\n';

  it('are no slip when the text names another row of the table (清洁能源保险赔款 6.84 against 绿色交通保险 8.64)', () => {
    expect(checksOf('consistency', `全年绿色保险赔款支出21.37亿元，其中清洁能源保险赔款6.84亿元。${table}`).filter((c) => !c.holds)).toEqual([]);
  });

  it('are a slip when the text names the cell\'s own row', () => {
    expect(checksOf('consistency', `全年绿色交通保险保费收入12.94亿元。${table}`)).toMatchObject([{ holds: false, rule: 'consistency.transposed-digits' }]);
  });
});

describe('a text figure a table states exactly in one row, its digits a swap of another row\'s cell', () => {
  // a dairy's emissions: the text's total is the table's Total row, and Scope 2's 2023 cell happens to swap its digits
  const text = (total: string) =>
    [
      `Our GHG emissions were ${total} tCO2e, down 6.0% from 267 tCO2e: Scope 1 emissions were 198 tCO2e and Scope 2 emissions`,
      '(location-based) 53 tCO2e. That is 1.42 kg CO2e per tonne of milk (2023: 1.55 kg).',
      '',
      '',
      'Indicator                     Unit                   2024       2023',
      'Milk processed                tonnes              176,800    172,300',
      'Scope 1 emissions             tCO2e                   198         52',
      'Scope 2 emissions             tCO2e                    53        215',
      'Total GHG emissions           tCO2e                   251        267',
    ].join('\n');

  it('restates that row, no slip of the other cell', () => {
    expect(checksOf('consistency', text('251')).filter((c) => c.rule === 'consistency.transposed-digits')).toEqual([]);
  });

  it('is a slip of the row when the table gives its value nowhere', () => {
    expect(checksOf('consistency', text('521')).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toContainEqual([521, 251]);
  });
});

describe('a key figure with no unit', () => {
  const text = (colleagues: string) => `2023 at a glance\nHotels: 214\nColleagues: ${colleagues}\n${far}Our people\nAshcombe employed 41,280 colleagues at the end of 2023, 24,190 of them women.`;

  it('counts what its label names: `Colleagues: 41,820` against `41,280 colleagues`, digits transposed', () => {
    expect(checksOf('consistency', text('41,820')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 41_820 }, { value: 41_280 }] }]);
    expect(checksOf('consistency', text('41,280')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a highlight spaced off its label, a participle after what it counts', () => {
  const text = (said: string) => `2023 in numbers\nRevenue                         £1,126.4m      up 3.9%\nMeals served                    38.4m          up 7.2%\n${far}Our kitchens\nThe group served ${said} meals in 2023 (2022: 35.8 million) across its sites.`;

  it('counts what the label names: `Meals served  38.4m` against `served 34.8 million meals`, digits transposed', () => {
    expect(checksOf('consistency', text('34.8 million')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 38.4e6 }, { value: 34.8e6 }] }]);
    expect(checksOf('consistency', text('38.4 million')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('this year beside the year before', () => {
  it('is no transposition slip (18.6 亿元 now, `（2022年：16.8亿元）` before)', () => {
    const text = '全年安全生产投入18.6亿元，同比增长12.4%（2022年：16.8亿元）。';
    expect(checksOf('consistency', text).filter((c) => c.rule === 'consistency.transposed-digits')).toEqual([]);
  });

  it('still flags a transposed restatement of the present (18.6 亿元 in one place, 16.8 亿元 in another)', () => {
    const text = `全年安全生产投入18.6亿元。${'公司持续完善安全管理体系。'.repeat(30)}公司全年安全生产投入16.8亿元，用于隐患治理。`;
    expect(checksOf('consistency', text)).toMatchObject([{ holds: false }]);
  });

  const kpi = (cell: string) => `全年温室气体排放总量138.6万吨二氧化碳当量，同比下降2.7%。\n\n关键绩效表\n指标\t单位\t2021年\t2022年\t2023年\n温室气体排放总量\t万吨二氧化碳当量\t${cell}\n`;
  it('is no transposition slip against another year\'s cell of a row whose other cell the text restates (138.6 / 2021\'s 136.8)', () => {
    expect(checksOf('consistency', kpi('136.8\t142.5\t138.6')).filter((c) => c.rule === 'consistency.transposed-digits')).toEqual([]);
  });

  it('still flags a transposition against the latest year\'s column (138.6 / 2023\'s 136.8)', () => {
    expect(checksOf('consistency', kpi('128.4\t142.5\t136.8')).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toContainEqual([1_386_000, 1_368_000]);
  });
});

describe('an amount or measure of one document with its scale slipped', () => {
  const giving = (body: string) => `Highlights\nRevenue                                         £3,842.6m\nCommunity investment                            £2.48m\n${far}${body}`;
  it('reads three significant digits when a labelled line\'s whole label is said, in another form (`Community investment  £2.48m`, `we invested £248,000 in the communities`)', () => {
    expect(checksOf('consistency', giving('Through our foundation we invested £248,000 in the communities around our sites.')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.scale-slip' }]);
    expect(checksOf('consistency', giving('Through our foundation we spent £248,000 on training for the communities around our sites.')).filter((c) => !c.holds)).toEqual([]);
  });

  const note = (impairment: string) =>
    `Financial review\nExceptional items totalled £25.1 million, comprising restructuring of £14.6 million, impairment of ${impairment} million and acquisition costs of £2.2 million.\n\nNote 6 Exceptional items (£000)\n                                   2023\nRestructuring                    14,620\nImpairment of intangible assets   8,340\nAcquisition costs                 2,180\nTotal                            25,140\n`;

  it('reads three significant digits against a table row whose label opens with the text figure\'s metric, when its sentence restates another row of that table (`impairment of £83.4 million`, Note 6\'s 8,340 in £000)', () => {
    expect(checksOf('consistency', note('£83.4')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.scale-slip', figures: [{ value: 83_400_000 }, { value: 8_340_000 }] }]);
    // the sentence names no other row of the table: three digits alike are no sign
    const alone = `Financial review\nWe booked an impairment of £83.4 million against our brands.\n\nNote 6 Exceptional items (£000)\n                                   2023\nRestructuring                    14,620\nImpairment of intangible assets   8,340\nAcquisition costs                 2,180\nTotal                            25,140\n`;
    expect(checksOf('consistency', alone).filter((c) => !c.holds)).toEqual([]);
  });

  // (a clause the metrics read no subject in: `rose 21.3% to` names its subject, and consistency.ts pairs the two by it)
  const binjiang = (traffic: string) =>
    `Binjiang Airport Group\n\n2023 highlights\nCargo and mail: 1.864 million tonnes\nEmployees: 18,462\n\n1. Traffic\nOur airports handled 42.685 million passengers in 2023. ${traffic}\n186.4 thousand tonnes, and aircraft movements rose 46.5% to 312,600.`;
  const en = binjiang('Cargo and mail throughput was up 21.3% at');

  it('is flagged against the statement that names it (1.864 million tonnes at a glance, 186.4 thousand tonnes in the text)', () => {
    expect(checksOf('consistency', en).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.scale-slip', figures: [{ value: 1_864_000 }, { value: 186_400 }] }]);
    expect(checksOf('consistency', binjiang('Cargo and mail throughput rose 21.3% to')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 1_864_000 }, { value: 186_400 }] }]);
  });

  it('is flagged though the slipped figure was reported against its translation', () => {
    const zh = '2023年，货邮吞吐量186.4万吨，同比增长21.3%。';
    const rules = checksOf('consistency', ['en.txt', en], ['zh.txt', zh]).filter((c) => !c.holds).map((c) => c.rule);
    expect(rules).toContain('consistency.scale-slip');
  });

  it('does not pair figures that merely share their digits (商品煤销量 2,864 万吨, 甲醇 286.4 万吨)', () => {
    const text = `2023年，公司商品煤销量2,864万吨，其中外销1,601万吨。${'公司持续推进安全生产。'.repeat(20)}2023年化工产品产量642.8万吨，其中甲醇286.4万吨、烯烃142.6万吨。`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a table count with its noun in a header, against a text count of a noun phrase', () => {
  const table = (label: string) => `Key performance indicators\nIndicator\t2023\t2022\n${label} (thousands)\t412.6\t389.4\nBeds\t4,862\t4,710\n`;

  it('flags transposed digits when the row label\'s words are the text\'s (412.6 thousand admissions, 421.6 thousand inpatient and day-case patients)', () => {
    const text = `${table('Inpatient and day-case admissions')}${far}We treated 421.6 thousand inpatient and day-case patients in the year.`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 412_600 }, { value: 421_600 }] }]);
  });

  it('does not when they share one word (vehicles produced, 421.6 thousand vehicles sold)', () => {
    const text = `${table('Vehicles produced')}${far}We sold 421.6 thousand passenger vehicles in the year.`;
    expect(checksOf('consistency', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a text figure given no metric', () => {
  it('is named further back in its sentence (`Scope 2 emissions from traction electricity rose 4.9% to 58,490 tCO2e` against the row\'s 58,940)', () => {
    const table = 'Traction energy and emissions\n                                      2023-24    2022-23    Change\nScope 1 emissions (tCO2e)              31,420     33,560     -6.4%\nScope 2 emissions (tCO2e)              58,940     56,170      4.9%\n';
    const text = `${table}${far}Scope 2 emissions from traction\nelectricity rose 4.9% to 58,490 tCO2e.`;
    expect(checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.transposed-digits').map((c) => c.figures.map((f) => f.value))).toEqual([[58_940, 58_490]]);
  });
});

describe('a text figure under a heading that names a table row', () => {
  const report = (heading: string) =>
    `Segmental performance\n                          Revenue                          Adjusted operating profit\n£m                        2023       2022      Change       2023       2022    Margin 2023\nPackaging              1,284.6    1,198.2       7.2%       168.4      152.6          13.1%\nServices                 359.2      323.3       8.1%        48.2       44.6          13.4%\n\n${heading}\nRevenue rose 7.2% to £1,284.6 million. Adjusted operating profit grew 10.4% to £186.4 million on higher volumes.\n`;

  it('reads digits transposed against the row its heading names (`Packaging` over `… £186.4 million`, the row\'s 168.4)', () => {
    expect(checksOf('consistency', report('Packaging')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 168_400_000 }, { value: 186_400_000 }] }]);
  });

  it('not under a heading that names another row', () => {
    expect(checksOf('consistency', report('Services')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('transposed digits of two table rows', () => {
  const site = 'Waste by Site (2023)                                        (Unit: tonnes)\nSite                      Generated        Recycled        Landfilled\nNorthfield Plant             18,940           12,480             6,460\nSouthport Plant              16,220           11,040             5,180\nTotal                        35,160           23,520            11,640\n\n';
  const data = 'Environmental data\nCategory                          Unit            2021        2022        2023\nHazardous waste                   tonnes        21,480      19,860      18,720\nWaste recycled                    tonnes        21,960      22,840      23,520\n\n';
  it('do not share a word of the row below one of them (`Hazardous waste` 21,480 over `Waste recycled`, Northfield\'s Recycled 12,480)', () => {
    expect(checksOf('consistency', site + data).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('transposed digits of measures that share only their unit', () => {
  it('are no restatement: two plants\' output in one sentence, a by-product\'s tonnage in another (万吨 is how, not what)', () => {
    const text = `全年水泥产量5,286万吨，同比增长3.2%，其中华东基地1,642万吨、华南基地2,468万吨、西南基地1,176万吨。${'公司持续推进节能降碳改造。'.repeat(12)}\n\n粉煤灰产生量2,648万吨，综合利用2,547万吨，综合利用率96.2%。`;
    expect(checksOf('consistency', text).filter((c) => c.rule === 'consistency.transposed-digits')).toEqual([]);
  });
});

describe('a slip reported only against its translation', () => {
  it('is said again against a statement of its own document', () => {
    const zh = checkDoc('r-zh.txt', `2024年，电力电缆业务收入38.64亿元，同比增长9.1%。${'公司持续完善治理结构。'.repeat(30)}\n\n表1：按产品划分的营业收入（单位：亿元）\n产品\t2024年\t2023年\n电力电缆\t36.84\t35.42\n`);
    const en = checkDoc('r-en.txt', 'Power cables brought in RMB3,864 million in 2024, up 9.1%.');
    const cell = figureId(zh.name, zh.figures.find((f) => f.text === '36.84')!.start);
    const english = figureId(en.name, en.figures.find((f) => f.text.includes('3,864'))!.start);
    // (the cell reported against the English figure of the Chinese text's value)
    const transposed = (within: Set<FigureId>) => restatementChecks([zh, en], new Set([cell, english]), within).filter((c) => c.figures.some((f) => f.value === 3.864e9 && f.doc === zh.name));
    // the cell reported against the English only: the Chinese text's 38.64亿元 contradicts it within the Chinese report
    expect(transposed(new Set())).toMatchObject([{ rule: 'consistency.transposed-digits', holds: false }]);
    // reported against a figure of its own document already: one slip, said once
    expect(transposed(new Set([cell]))).toEqual([]);
  });
});

describe('transposed digits typed with a trailing zero', () => {
  it('are flagged (`improved to 1.70` against `a rate of 1.07`)', () => {
    const text = (said: string) => `Our total recordable injury frequency rate improved 6.2% to 1.70 per million hours worked.${far}Safety\nThe total recordable injury frequency rate for the year was ${said} per million hours worked.`;
    // (of one metric's words, the consistency groups read the swap first: the same mismatch over the same figures)
    expect(checksOf('consistency', text('1.07')).filter((c) => !c.holds)).toMatchObject([{ rule: expect.stringMatching(/^consistency\.(?:transposed-digits|same-metric)$/), figures: [{ value: 1.7 }, { value: 1.07 }] }]);
    expect(checksOf('consistency', text('1.70')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('transposed digits written at another scale', () => {
  const text = (cell: string) => `Irrigation drew 2.374 million m³ of water from our reservoirs.${far}Key figures\n\nIndicator                 Unit             2024      2023\nWater for irrigation      thousand m³     ${cell}     2,512\nEmployees                 persons           418       402\n`;

  it('are flagged (`2.374 million m³` against `thousand m³  2,347`)', () => {
    expect(checksOf('consistency', text('2,347')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 2_374_000 }, { value: 2_347_000 }] }]);
    expect(checksOf('consistency', text('2,374')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a bare Total row under a caption set in its header row', () => {
  const text = (total: string) => `We shipped 238,540 tonnes of concentrate in 2024.${far}Table 2  Concentrate shipments by port                (tonnes)\n                          2024          2023     Change (%)\nAntofagasta            141,320       128,460          +10.0\nMejillones             ${total === '283,540' ? '142,220' : ' 97,220'}       101,880           -4.6\nTotal                  ${total}       230,340          +3.6\n`;

  it('counts what the caption names: `Total  283,540` against `shipped 238,540 tonnes of concentrate`, digits transposed', () => {
    expect(checksOf('consistency', text('283,540')).filter((c) => c.rule === 'consistency.transposed-digits')).toMatchObject([{ holds: false, figures: [{ value: 238_540 }, { value: 283_540 }] }]);
    expect(checksOf('consistency', text('238,540')).filter((c) => !c.holds)).toEqual([]);
  });
});
