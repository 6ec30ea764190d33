import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../extraction/index';
import { checksOf } from '../__fixtures__/check-docs';
import { dimensionOf, inBaseUnit, unitFactor } from '../readers/dimension';

const consistency = (...texts: string[]) => checksOf('consistency', ...texts);
const scope1 = (amount: string) => `In 2023 our Scope 1 greenhouse gas emissions totalled ${amount}.`;
const letter = 'Our Scope 1 greenhouse gas emissions were 4.6 MtCO2e in 2023, up on the year.';

describe('one metric stated in units a power of ten apart (Mt and kt, GWh and MWh)', () => {
  it('compares 4.6 MtCO2e with 4,720 ktCO2e on one scale: a mismatch', () => {
    expect(consistency(letter, scope1('4,720 ktCO2e'))).toMatchObject([{ holds: false, figures: [{ value: 4.6 }, { value: 4_720 }] }]);
  });

  it('holds 4.6 MtCO2e and 4,600 ktCO2e as one amount', () => {
    expect(consistency(letter, scope1('4,600 ktCO2e'))).toMatchObject([{ holds: true, figures: [{ value: 4.6 }, { value: 4_600 }] }]);
  });

  it('never groups 4.6 MtCO2e with 4.6 ktCO2e, a thousandth of it, as the same amount', () => {
    expect(consistency(letter, scope1('4.6 ktCO2e')).filter((c) => c.holds)).toEqual([]);
  });

  it('reads energy the same way: 2.8 GWh against 2,950 MWh', () => {
    const used = (amount: string) => `Electricity consumption across our data centres was ${amount} in 2023.`;
    expect(consistency(used('2.8 GWh'), used('2,950 MWh'))).toMatchObject([{ holds: false, figures: [{ value: 2.8 }, { value: 2_950 }] }]);
  });
});

describe('Chinese energy units and 万 / 萬 scales on the kWh scale (dimension.ts)', () => {
  it('reads 度, 千瓦时 and 兆瓦时 as energy, one 度 a kWh and one 兆瓦时 a thousand', () => {
    expect(['度', '千瓦时', '千瓦時', '兆瓦时', 'kWh', 'MWh', 'GWh'].map((unit) => [dimensionOf({ unit }), unitFactor({ unit })])).toEqual([
      ['measure:wh', 1],
      ['measure:wh', 1],
      ['measure:wh', 1],
      ['measure:wh', 1e3],
      ['measure:wh', 1],
      ['measure:wh', 1e3],
      ['measure:wh', 1e6],
    ]);
  });

  it('puts 4,862 萬度 and 48,620 MWh on one value, and 40,512 萬度 ten times 40,512 MWh', () => {
    const kwh = (text: string) => extractFigures(text).map((f) => inBaseUnit(f).value);
    expect(kwh('再生能源使用量4,862萬度。再生能源48,620 MWh。')).toEqual([48_620_000, 48_620_000]);
    expect(kwh('總用電量40,512萬度。總用電量40,512 MWh。')).toEqual([405_120_000, 40_512_000]);
  });

  it('scales a range`s top with its value', () => {
    expect(inBaseUnit({ unit: 'MWh', value: 1.5, valueMax: 2 })).toEqual({ unit: 'MWh', value: 1_500, valueMax: 2_000 });
    expect(inBaseUnit({ unit: 'kWh', value: 1.5 })).toEqual({ unit: 'kWh', value: 1.5 });
  });
});

describe('an amount or a measure restated in one document with its scale slipped', () => {
  const energy = (table: string) =>
    `2023年總用電量為40,512萬度，其中外購電力35,650萬度。\n\n表4-3 能源使用（單位：MWh）\n項目\t2022年\t2023年\n總用電量\t412,380\t${table}\n`;

  it('flags 總用電量 40,512 萬度 in the text against 40,512 MWh in the table, ten times smaller', () => {
    expect(consistency(energy('40,512'))).toMatchObject([{ holds: false, figures: [{ value: 405_120_000 }, { value: 40_512 }] }]);
  });

  it('holds the table`s 405,120 MWh as the same amount', () => {
    expect(consistency(energy('405,120')).filter((c) => !c.holds)).toEqual([]);
  });

  const training = (block: string) => `2023年，本集团全年培训投入2,856万元，人均培训投入1,437元。\n\n5.3 关键绩效\n员工总数：19,872人\n培训投入：${block}万元\n`;

  it('flags 培训投入 2,856 万元 against a key-figures line of 285.6 万元', () => {
    expect(consistency(training('285.6'))).toMatchObject([{ holds: false, figures: [{ value: 28_560_000 }, { value: 2_856_000 }] }]);
  });

  const water = (said: string) => `全年取水总量${said}，主要来自市政供水。\n\n附录 关键绩效表\n指标\t单位\t2022年\t2023年\n取水总量\t万吨\t1,806.3\t1,768.4\n`;

  it('flags a rounded restatement with its scale slipped: 取水总量 1.77 亿吨 against the table`s 1,768.4 万吨 (0.177 亿吨)', () => {
    expect(consistency(water('1.77亿吨')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 177_000_000 }, { value: 17_684_000 }] }]);
  });

  it('not when the longer figure rounds to other digits (1.76 亿吨 is no slip of 1,768.4 万吨)', () => {
    expect(consistency(water('1.76亿吨')).filter((c) => !c.holds)).toEqual([]);
  });

  const aid = (said: string) => `全年向4个定点帮扶县投入无偿帮扶资金1.86亿元，培训基层干部1.2万人次。\n\n五、员工与社区\n全年对外捐赠2.49亿元，其中向定点帮扶县投入无偿帮扶资金${said}。\n`;

  it('flags 无偿帮扶资金 1.86 亿元 against 1,860 万元 in another section, the one metric said once with a count in it (`向4个定点帮扶县`)', () => {
    expect(consistency(aid('1,860万元')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 186_000_000 }, { value: 18_600_000 }] }]);
  });

  it('not when the digits differ (1,680 万元 is another amount, not a slip)', () => {
    expect(consistency(aid('1,680万元')).filter((c) => !c.holds)).toEqual([]);
  });

  it('leaves two sizes of one kind of amount alone: digits fewer than three, or not the same', () => {
    expect(consistency(training('285')).filter((c) => !c.holds)).toEqual([]);
    expect(consistency('2023年，本集团发放助学金5万元。\n\n助学金：50万元\n').filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a table row`s label read under its table`s headings', () => {
  const staff = (heading: string) =>
    `截至2023年12月31日，本集团共有员工19,872人。大专及以下学历员工7,646人，主要分布于生产岗位。\n\n表5-1 员工构成（单位：人）\n类别\t2022年\t2023年\n员工总数\t18,426\t19,872\n${heading}\n硕士\t2,318\t2,604\n大专及以下\t7,056\t7,464\n`;

  it('reads 大专及以下 under 按学历划分 in 员工构成 as the text`s 大专及以下学历员工: 7,646 against 7,464', () => {
    expect(consistency(staff('按学历划分')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 7_646 }, { value: 7_464 }] }]);
  });

  it('not when the headings do not say the rest of the text`s words (按职级划分)', () => {
    expect(consistency(staff('按职级划分')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('an amount restated a power of ten apart from its table row (consistency.ts over the metrics)', () => {
  const highlights =
    'Financial highlights                                                        (Millions of yen)\n                                         FY2022           FY2023       YoY change\n' +
    'Capital expenditure                      72,640           68,940            △5.1%\nR&D expenses                             41,820           44,560             6.6%\n\n';

  it('reads `R&D expenses` as a metric of its own, its ampersand a part of its word: ¥4.46 billion against 44,560 million yen', () => {
    const checks = consistency(`${highlights}Our business grew in every region this year.\nR&D expenses were ¥4.46 billion, with half of it spent on batteries.\n`);
    expect(checks.filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[44_560_000_000, 4_460_000_000]]);
  });

  it('and holds it when the two agree', () => {
    const checks = consistency(`${highlights}Our business grew in every region this year.\nR&D expenses were ¥44.56 billion, with half of it spent on batteries.\n`);
    expect(checks.filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a measure said in the text with its scale slipped against a table row whose label holds its words', () => {
  const power = (said: string) =>
    `Electricity use edged down to 314,620 MWh. Taken together, our mills drew ${said} of electricity in 2023.\n\nTable 6: Energy (MWh)\n                                  2022         2023\nTotal electricity consumption   318,240      314,620\nDiesel                           12,860       11,940\n`;

  it('flags `drew 31.462 GWh of electricity` against `Total electricity consumption  314,620` (MWh), five digits alike', () => {
    expect(consistency(power('31.462 GWh')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 31.462 }, { value: 314_620 }] }]);
  });

  it('not when fewer digits agree (31.5 GWh may be another amount)', () => {
    expect(consistency(power('31.5 GWh')).filter((c) => !c.holds)).toEqual([]);
  });
});
