import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ofRule = (rule: string, text: string) => checksOf('change', text).filter((c) => c.rule === rule);
const said = (c: { holds: boolean; figures: Array<{ value: number }> }) => [c.holds, c.figures.map((f) => f.value)];

describe('a change stated as an amount on a text figure a table row restates', () => {
  const page = (amount: string) => `2023年，公司人均培训时长44.0小时，较上年增加${amount}小时；培训覆盖率达98.2%。

表5-2 员工培训
指标\t单位\t2022年\t2023年
培训总时长\t小时\t486,240\t561,870
人均培训时长\t小时\t39.6\t44.0
`;
  const RULE = 'change.amount-against-table-prior-year';

  it('holds when the row\'s year before and the text figure differ by the amount', () => {
    expect(ofRule(RULE, page('4.4')).map(said)).toEqual([[true, [39.6, 44, 4.4]]]);
  });

  it('is a mismatch when they do not', () => {
    expect(ofRule(RULE, page('5.4')).map(said)).toEqual([[false, [39.6, 44, 5.4]]]);
  });
});

describe('a rate stated alone of a table row its clause names', () => {
  const page = (power: string) => `Financed emissions
Our financed emissions from oil and gas fell 12.2%, and those from power generation fell ${power}% as
customers retired coal capacity. Lending grew 5.2% in the year.

Table 4: Financed emissions by sector (ktCO2e)
Sector                              2022        2023
Oil and gas                          624         548
Power generation                     318         276
Agriculture                          938         921
`;
  const RULE = 'change.table-row-rate';

  it('holds a rate the row\'s two latest years give, and calls another a mismatch', () => {
    expect(ofRule(RULE, page('13.2')).map(said)).toEqual([
      [true, [624, 548, 12.2]],
      [true, [318, 276, 13.2]],
    ]);
    // mismatches first
    expect(ofRule(RULE, page('15.2')).map(said)).toEqual([
      [false, [318, 276, 15.2]],
      [true, [624, 548, 12.2]],
    ]);
  });

  it('leaves a rate whose clause names no row alone (lending grew 5.2%)', () => {
    expect(ofRule(RULE, page('13.2')).some((c) => c.figures.some((f) => f.value === 5.2))).toBe(false);
  });

  it('leaves a rate of an intensity of the row alone (`单位产品新鲜水用量同比下降 8.7%` beside a 新鲜水用量 row)', () => {
    const text = (per: string) => `全年新鲜水用量120.89万吨，${per}新鲜水用量同比下降8.7%。\n\n指标\t单位\t2022年\t2023年\n新鲜水用量\t万吨\t1,126.4\t1,208.9\n`;
    expect(ofRule(RULE, text('公司')).map(said)).toEqual([[false, [1_126.4e4, 1_208.9e4, 8.7]]]);
    expect(ofRule(RULE, text('单位产品'))).toEqual([]);
    // (nor a part's, its words before the row's label: `其中生产新鲜水用量` is production's water, not the row's)
    expect(ofRule(RULE, text('其中生产'))).toEqual([]);
  });

  it('reads a rate against a named year (`較2022年減少`) as a change from that year\'s column only', () => {
    const text = (year: string) =>
      `範疇一排放量較${year}年減少6.0%；範疇二排放量較${year}年減少8.2%。\n\n項目\t2021年\t2022年\t2023年\n範疇一\t18,426\t17,952\t16,874\n範疇二\t246,380\t238,714\t221,536\n`;
    expect(ofRule(RULE, text('2022')).map(said)).toEqual([
      [false, [238_714, 221_536, 8.2]],
      [true, [17_952, 16_874, 6]],
    ]);
    expect(ofRule(RULE, text('2021'))).toEqual([]);
  });

  it('leaves a target\'s rate against a named year alone (`到2028年，单位售水电耗较2023年降低12%`)', () => {
    const text = (when: string) => `${when}单位售水电耗较2023年降低3.4%。\n\n指标\t单位\t2023年\t2024年\n单位售水电耗\t千瓦时/立方米\t0.412\t0.398\n`;
    expect(ofRule(RULE, text('2024年，')).map(said)).toEqual([[true, [0.412, 0.398, 3.4]]]);
    expect(ofRule(RULE, text('到2028年，'))).toEqual([]);
  });
});


describe('a rate of a row the clause names, beside the row\'s change column', () => {
  it('agrees with the column in size and in the sign the column writes (`东区同比增长5.2%` beside -5.2)', () => {
    const text = (cell: string) =>
      `各片区中，东区售水量同比增长5.2%。\n\n表2 售水量按片区（单位：万立方米）\n片区\t2024年\t2023年\t同比（%）\n东区售水量\t8,642\t8,215\t${cell}\n西区售水量\t6,120\t6,004\t+1.9\n`;
    const column = (cell: string) => checksOf('consistency', text(cell)).filter((c) => c.rule === 'consistency.change-column').map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(column('+5.2')).toEqual([[true, [5.2, 5.2]]]);
    expect(column('-5.2')).toEqual([[false, [5.2, -5.2]]]);
    expect(column('+2.5')).toEqual([[false, [5.2, 2.5]]]);
  });
});

describe('a rate of a row the clause names with a possessive', () => {
  const text = (rate: string) => `Mt Carrow's emissions fell 4.1%. Yilgarn Nickel's emissions fell ${rate}%, with the solar farm online.

Table 3: Operational greenhouse gas emissions (kt CO2-e)
Site                          FY2021     FY2022     FY2023
Mt Carrow (iron ore)           612.4      598.6      574.2
Yilgarn Nickel                 386.2      402.8      391.6
`;

  it('takes `Yilgarn Nickel\'s emissions` for the row `Yilgarn Nickel`', () => {
    expect(ofRule('change.table-row-rate', text('2.8')).map(said)).toEqual([
      [true, [598.6, 574.2, 4.1]],
      [true, [402.8, 391.6, 2.8]],
    ]);
    expect(ofRule('change.table-row-rate', text('3.8')).map(said)).toContainEqual([false, [402.8, 391.6, 3.8]]);
  });
});

describe('a rate of a row the clause names with a number word (`Scope 2 emissions`)', () => {
  const text = (scope2: string) => `Key environmental data
Item                                   Unit              FY2022        FY2023
Scope 1 emissions                      t-CO2            816,420       779,380
Scope 2 emissions (market-based)       t-CO2            588,240       531,060
Scope 1+2 emissions                    t-CO2          1,404,660     1,310,440

Scope 1 emissions fell 4.5% as the sites switched boiler fuel, and Scope 2 emissions fell ${scope2}% as we bought more
renewable electricity.
`;

  it('takes the row whose label says the same numbers, not `Scope 1+2`', () => {
    expect(ofRule('change.table-row-rate', text('9.7')).map(said)).toEqual([
      [true, [816_420, 779_380, 4.5]],
      [true, [588_240, 531_060, 9.7]],
    ]);
    expect(ofRule('change.table-row-rate', text('7.9')).map(said)).toContainEqual([false, [588_240, 531_060, 7.9]]);
  });

  it('names no row by a number its labels do not say (`at our 5 plants`)', () => {
    const other = text('9.7').replace('and Scope 2 emissions fell', 'and emissions at our 5 plants fell');
    expect(ofRule('change.table-row-rate', other).filter((c) => c.figures.some((f) => f.value === 9.7))).toEqual([]);
  });
});

describe('a change as an amount of a row whose cells a unit column gives their unit', () => {
  const page = (amount: string) => `人均温室气体排放3.46吨二氧化碳当量，较上年下降${amount}吨。

表3  经营活动温室气体排放
指标                              单位                      2023年         2022年
温室气体排放总量                  吨二氧化碳当量           20,269.0       21,252.6
员工总数                          人                          5,858          5,728
人均温室气体排放                  吨二氧化碳当量/人            3.46           3.71
`;
  const RULE = 'change.amount-against-table-prior-year';

  it('reads the bare cells in the unit the column gives, the change said in its unit short (`0.52吨`)', () => {
    expect(ofRule(RULE, page('0.25')).map(said)).toEqual([[true, [3.71, 3.46, 0.25]]]);
    expect(ofRule(RULE, page('0.52')).map(said)).toEqual([[false, [3.71, 3.46, 0.52]]]);
  });
});

describe('a rate of a row whose label says a word in letters (`R&D`)', () => {
  const page = (clause: string) => `Key financials (KRW billion)
Item                          2022          2023
Revenue                      8,412.6       8,906.2
R&D costs                      214.8         236.1

${clause} rose 14.6% with higher funding costs.
`;
  const RULE = 'change.table-row-rate';

  it('takes `R&D costs rose N%` for the row', () => {
    expect(ofRule(RULE, page('R&D costs'))).toMatchObject([{ holds: false, stated: 14.6, figures: [{ text: '214.8' }, { text: '236.1' }, { text: '14.6%' }] }]);
  });

  it('names no row `R&D costs` by `Financing costs rose N%`', () => {
    expect(ofRule(RULE, page('Financing costs'))).toEqual([]);
  });
});

describe('a rate of a row named by its site and the scope of the sub-heading it sits under', () => {
  const text = (rate: string) => `Scope 2 emissions fell 10.1% as the 30 MW solar farm ran its first full year: Kalgoorlie West's Scope 2 emissions fell ${rate}%.

Table 1  Greenhouse gas emissions (kt CO2-e)
                                         FY24        FY23        FY22     Change FY24 vs FY23 (%)
Scope 1
  Kalgoorlie West                       421.6       438.2       451.2       -3.8
  Pilbara North                         302.4       296.8       288.6        1.9
Total Scope 1                           724.0       735.0       739.8       -1.5
Scope 2 (market-based)(b)
  Kalgoorlie West                       212.8       240.6       252.4      -11.6
  Pilbara North                          88.2        94.4        97.0       -6.6
Total Scope 2                           301.0       335.0       349.4      -10.1
`;

  it('takes `Kalgoorlie West\'s Scope 2 emissions` for the site\'s row under `Scope 2`, its clause from the colon', () => {
    expect(ofRule('change.table-row-rate', text('11.6')).map(said)).toContainEqual([true, [240.6, 212.8, 11.6]]);
    expect(ofRule('change.table-row-rate', text('16.1')).map(said)).toContainEqual([false, [240.6, 212.8, 16.1]]);
  });

  it('names no row by words after a possessive pronoun (`and its Scope 1 emissions fell 3.8%`: the site\'s, not `Total Scope 1`)', () => {
    const its = text('11.6').replace('Scope 2 emissions fell 10.1%', 'Kalgoorlie West is our largest source, and its Scope 1 emissions fell 3.8%');
    expect(ofRule('change.table-row-rate', its).filter((c) => c.figures.some((f) => f.value === 3.8))).toEqual([]);
  });
});

describe('a rate of a part of a key-figures row, said with a word before the row\'s name', () => {
  // a bakery chain's wholesale revenue beside its key figures' revenue of every channel
  const page = (who: string) => `Revenue was GBP 84.2 million, 5.3% more than in 2023. Our shops sold 9.6 million loaves, and ${who}
revenue grew 12.4%.

Key figures

Indicator              Unit             2024       2023
Revenue                GBP million      84.2       80.0
Loaves sold            million           9.6        9.1
`;
  const RULE = 'change.table-row-rate';

  it('is no change of the whole row', () => {
    expect(ofRule(RULE, page('wholesale'))).toEqual([]);
  });

  it('is the row\'s when the word says the whole', () => {
    expect(ofRule(RULE, page('group')).map(said)).toEqual([[false, [80e6, 84.2e6, 12.4]]]);
  });
});
