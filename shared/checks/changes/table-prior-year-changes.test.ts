import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rule = (rule: string, checks: ReturnType<typeof checksOf>) => checks.filter((c) => c.rule === rule);

describe('a change stated on a text figure whose earlier year only a table gives', () => {
  const bank = (rate: string) =>
    `表1 经济绩效\n单位：亿元\n指标\t2021年\t2022年\t2023年\n净利润\t18.62\t20.13\t21.87\n纳税总额\t6.85\t7.21\t7.64\n\n2023年，本行实现净利润21.87亿元，同比增长${rate}%。`;

  it('recomputes `净利润 21.87 亿元，同比增长 N%` from the row\'s cell of the year before', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', bank('8.6')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', bank('9.6')))).toMatchObject([{ holds: false, stated: 9.6 }]);
  });

  it('reads a row named in another order (`回收废旧电池` for `废旧电池回收量`), and a label in two languages by one of them', () => {
    const battery = (rate: string) => `全年回收废旧电池5.17万吨，同比增长${rate}%。\n\n指标\t单位\t2022年\t2023年\n废旧电池回收量\t吨\t42,180\t51,660\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', battery('22.5')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', battery('26.5')))).toMatchObject([{ holds: false, stated: 26.5 }]);
    const utility = (rate: string, year = '2022') =>
      `主要數據 Key figures\t2022\t2023\n二氧化碳排放量（千公噸）CO2 emissions ('000 tonnes)\t6,112\t5,846\n\n本公司二氧化碳排放量為584.6萬公噸，較${year}年減少${rate}%。`;
    expect(rule('change.against-table-prior-year', checksOf('change', utility('4.4')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', utility('4.8')))).toMatchObject([{ holds: false, stated: 4.8 }]);
    // against another year than the table's year before: not this row's change
    expect(rule('change.against-table-prior-year', checksOf('change', utility('4.8', '2019')))).toEqual([]);
  });

  it('reads a total row named without its closing 总数 (`共有员工19,872人` for `员工总数`)', () => {
    const staff = (rate: string) => `本集团共有员工19,872人，较上年增加${rate}%。\n\n类别\t2022年\t2023年\n员工总数\t18,426\t19,872\n其中：女性\t9,614\t10,538\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', staff('7.8')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', staff('8.7')))).toMatchObject([{ holds: false, stated: 8.7 }]);
  });

  it('takes no column of shares for a year\'s column though its header names the year (`2023年末占比（%）`)', () => {
    const bank = (rate: string) =>
      `节能环保产业贷款余额194.36亿元，同比增长${rate}%。\n\n单位：亿元\n投向\t2022年末\t2023年末\t2023年末占比（%）\n节能环保产业\t146.58\t194.36\t15.11\n合计\t973.77\t1,286.45\t100.00\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', bank('32.6')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', bank('23.6')))).toMatchObject([{ holds: false, stated: 23.6 }]);
  });

  it('reads `fell N% to 512 kt` against a five-year summary whose header stands above a section line', () => {
    const text = (rate: string) =>
      `Our Scope 1 and 2 emissions fell ${rate}% to 512 kt CO2e.\n\nFive-year summary\nYear ended 30 June                      2023      2022      2021\nFinancial ($ million)\nRevenue                                2,486     2,312     2,164\nOperating\nScope 1 and 2 emissions (kt CO2e)        512       584       631\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', text('12.3')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', text('14.1')))).toMatchObject([{ holds: false, stated: 14.1 }]);
  });

  it('sets the text\'s rate against the row\'s change column too', () => {
    const text = (rate: string) =>
      `Our Scope 1 and 2 emissions fell ${rate}% year on year, to 119,690 tCO2e.\n\nGreenhouse gas emissions (tCO2e)          2023/24      2022/23      Change\nScope 1                                    61,480       66,930      (8.1)%\nScope 2 (location-based)                   58,210       63,470      (8.3)%\nTotal Scope 1 and 2                       119,690      130,400      (8.2)%\n`;
    expect(rule('consistency.change-column', checksOf('consistency', text('8.2')))).toMatchObject([{ holds: true }]);
    expect(rule('consistency.change-column', checksOf('consistency', text('9.2')))).toMatchObject([{ holds: false }]);
    expect(rule('change.against-table-prior-year', checksOf('change', text('9.2')))).toMatchObject([{ holds: false }]);
  });

  it('reads a rate after an English share of the figure (`EUR 124.6 million, 38.2% of revenue, up 5.4%`)', () => {
    const text = (rate: string) =>
      `Wholesale brought in EUR 124.6 million, 38.2% of revenue, up ${rate}%.\n\nTable 2: Revenue by channel (EUR million)\nChannel               2024      2023\nWholesale            124.6     118.2\nRetail               201.6     194.0\nTotal                326.2     312.2\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', text('5.4')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', text('4.5')))).toMatchObject([{ holds: false, stated: 4.5 }]);
  });

  it('sets the text\'s direction against the sign the change column writes', () => {
    const text = (verb: string, cell: string) =>
      `Jet fuel burned ${verb} 4.1% to 18,620 tonnes.\n\nTable 3: Fuel use (tonnes)\nFuel                  2024       2023     Change (%)\nJet fuel            18,620     19,416     ${cell}\nGround diesel          842        815     +3.3\n`;
    expect(rule('consistency.change-column', checksOf('consistency', text('fell', '-4.1')))).toMatchObject([{ holds: true }]);
    expect(rule('consistency.change-column', checksOf('consistency', text('rose', '-4.1')))).toMatchObject([{ holds: false }]);
    expect(rule('consistency.change-column', checksOf('consistency', text('fell', '+4.1')))).toMatchObject([{ holds: false }]);
  });

  it('checks the change of a text figure that disagrees with its row\'s latest cell against the year before\'s (a stale intensity)', () => {
    const text = (value: string, year = '2023') =>
      `${year}年排放密集度為${value}公噸CO2e／百萬元營收，較2022年下降5.4%。\n\n表4-2 溫室氣體排放量（單位：公噸CO2e）\n項目\t2021年\t2022年\t2023年\n排放密集度（公噸CO2e／百萬元營收）\t2.84\t2.61\t2.47\n`;
    expect(rule('change.against-table-prior-year', checksOf('change', text('2.47')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', text('2.74')))).toMatchObject([{ holds: false, figures: [{ value: 2.61 }, { value: 2.74 }, { value: 5.4 }] }]);
    // its metric read across a line break a PDF wrapped (`2023年排⏎放密集度為`)
    const wrapped = `2023年範疇一至三排放總量為1,507,310公噸CO2e，其中範疇三佔84.2%，以外購商品及服務為大宗。2023年排\n${text('2.74').slice(6)}`;
    expect(rule('change.against-table-prior-year', checksOf('change', wrapped))).toMatchObject([{ holds: false, figures: [{ value: 2.61 }, { value: 2.74 }, { value: 5.4 }] }]);
    // a figure of another year than the latest column's is not that column's slip
    expect(rule('change.against-table-prior-year', checksOf('change', text('2.74', '2021')))).toEqual([]);
  });

  it('leaves a rate alone that the sentence does not say of the year before, or a figure no row comes near', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', bank('9.6').replace('同比增长', '累计增长')))).toEqual([]);
    expect(rule('change.against-table-prior-year', checksOf('change', bank('9.6').replace('实现净利润21.87', '实现净利润35.78')))).toEqual([]);
    // a rate whose sentence names another row
    expect(rule('change.against-table-prior-year', checksOf('change', bank('9.6').replace('实现净利润', '实现营业收入')))).toEqual([]);
  });
});

describe('changes of rows whose tables and rates are said in other ways', () => {
  it('reads `134,660 tCO2e, 10.4% below 2022` as a fall on the year before (`above` a rise)', () => {
    const table = '\n\nTable 5: Energy and emissions\nIndicator\tUnit\t2023\t2022\nTotal Scope 1 and 2\ttCO2e\t134,660\t149,790\n';
    const said = (rate: string, way = 'below') => `Our combined Scope 1 and 2 emissions were 134,660 tCO2e, ${rate}% ${way} 2022.${table}`;
    expect(rule('change.against-table-prior-year', checksOf('change', said('10.1')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', said('10.4')))).toMatchObject([{ holds: false, stated: 10.4 }]);
    expect(rule('change.against-table-prior-year', checksOf('change', said('10.1', 'above')))).toMatchObject([{ holds: false }]);
  });

  it('reads a header of years alone, indented over a blank label column, as heading the rows\' last cells', () => {
    const table = '\n\nRevenue by segment (€ million)\n                              2023        2022\nConsumer mobile            2,184.6     2,106.3\nConsumer fixed             1,142.8     1,098.5\n\n';
    const said = (rate: string) => `${table}Consumer fixed revenue grew ${rate}%, helped by fibre upgrades.`;
    expect(rule('change.table-row-rate', checksOf('change', said('4.0')))).toMatchObject([{ holds: true }]);
    expect(rule('change.table-row-rate', checksOf('change', said('4.3')))).toMatchObject([{ holds: false, stated: 4.3 }]);
  });
});

describe('a rate said in its amount\'s unit of a row whose unit column says what it is per', () => {
  it('reads `单车耗水降至10.4立方米` and `to 10.4 m3` as the `立方米/辆` / `m3/vehicle` row', () => {
    const zh = (rate: string) => `表2 生产环节环境绩效\n指标\t单位\t2021年\t2022年\t2023年\n用水总量\t万立方米\t1,286\t1,352\t1,318\n单车耗水\t立方米/辆\t13.3\t12.2\t10.4\n\n单车耗水降至10.4立方米，同比下降${rate}%。`;
    expect(rule('change.against-table-prior-year', checksOf('change', zh('14.8')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', zh('16.4')))).toMatchObject([{ holds: false, stated: 16.4 }]);
    const en = (rate: string) => `Table 2: Environmental performance\nIndicator\tUnit\t2021\t2022\t2023\nWater withdrawal\tthousand m3\t12,860\t13,520\t13,180\nWater use per vehicle\tm3/vehicle\t13.3\t12.2\t10.4\n\nWater use per vehicle fell ${rate}% to 10.4 m3.`;
    expect(rule('change.against-table-prior-year', checksOf('change', en('16.4')))).toMatchObject([{ holds: false, stated: 16.4 }]);
    // the amount's unit must be the figure's: a row per vehicle in kWh is no row of cubic metres
    expect(rule('change.against-table-prior-year', checksOf('change', zh('16.4').replace('立方米/辆', '千瓦时/辆')))).toEqual([]);
  });
});

describe('a space-aligned table whose header of years is indented over a blank label column', () => {
  const table = 'Traction energy and emissions\n                                      2023-24    2022-23    Change\nElectricity (GWh)                       284.6      271.3      4.9%\nScope 2 emissions (tCO2e)              58,940     56,170      4.9%\n\n';

  it('gives the year before of a text figure (`rose 4.9% to 58,490 tCO2e` against 56,170)', () => {
    const checks = checksOf('change', `${table}Scope 2 emissions from traction electricity rose 4.9% to 58,490 tCO2e.`).filter((c) => c.rule === 'change.against-table-prior-year');
    expect(checks).toMatchObject([{ holds: false, expected: expect.closeTo(4.13, 1) }]);
  });
});

describe('a share said between a text figure and its rate', () => {
  const text = (rate: string) => `表3-1 能源消耗\n指标\t单位\t2022年\t2023年\n原料煤\t万吨标准煤\t992.1\t1,018.3\n\n2023年，原料煤1,018.3万吨标准煤，占65.2%，同比增长${rate}%。`;

  it('is passed over: the rate is the figure\'s change on the table\'s year before (992.1 -> 1,018.3)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', text('2.6')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', text('3.6')))).toMatchObject([{ holds: false, stated: 3.6 }]);
  });
});

describe('a text figure restating a row its sentence does not name', () => {
  it('is the row whose cell it restates (Total), not the named row nearest in value (Scope 3)', () => {
    const text = ['Total emissions across Scopes 1, 2 and 3 fell 3.1% to 2,184,600 tCO2e.', '', 'Greenhouse gas emissions (tCO2e)', 'Scope                         2022          2023       Change', 'Scope 1                    486,200       468,200       -3.7%', 'Scope 2                     38,400        31,600      -17.7%', 'Scope 3                  1,729,800     1,690,200       -2.3%', 'Total                    2,254,400     2,184,600       -3.1%', ''].join('\n');
    expect(checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year')).toEqual([]);
    expect(checksOf('consistency', text).filter((c) => c.rule === 'consistency.change-column')).toEqual([]);
  });
});


describe('a table whose header gives each measure its own years, and a text under a heading naming its row', () => {
  const report = (profit: string) =>
    `Segmental performance\n                          Revenue                          Adjusted operating profit\n£m                        2023       2022      Change       2023       2022    Margin 2023\nPackaging              1,284.6    1,198.2       7.2%       168.4      152.6          13.1%\nServices                 359.2      323.3      11.1%        48.2       44.6          13.4%\n\nPackaging\nPackaging revenue rose 7.2% to £1,284.6 million. Adjusted operating profit grew 10.4% to £${profit} million on higher volumes.\n`;

  it('sets each measure\'s latest year against its own year before (profit 152.6 -> 168.4 is 10.4%; revenue 1,198.2 -> 1,284.6 is 7.2%)', () => {
    const checks = rule('change.against-table-prior-year', checksOf('change', report('168.4')));
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([
      [true, [1_198_200_000, 1_284_600_000, 7.2]],
      [true, [152_600_000, 168_400_000, 10.4]],
    ]);
  });

  it('finds the profit said wrong against the year before (152.6 -> 186.4 is 22.1%, stated 10.4%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', report('186.4'))).filter((c) => !c.holds)).toMatchObject([{ stated: 10.4, figures: [{ value: 152_600_000 }, { value: 186_400_000 }, { value: 10.4 }] }]);
  });
});

describe('a Chinese rate said as `年減` or against `前一年度`', () => {
  const report = (rate: string) =>
    `表2 溫室氣體排放（公噸CO2e）\n項目\t2022年\t2023年\n範疇一\t17,962\t16,840\n範疇二\t398,540\t376,210\n\n範疇一排放量16,840公噸CO2e，較前一年度減少6.2%；範疇二排放量376,210公噸CO2e，年減${rate}%，主要來自再生電力採購增加。`;

  it('recomputes both from the rows\' cells of the year before (17,962 -> 16,840 is -6.2%; 398,540 -> 376,210 is -5.6%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', report('5.6'))).map((c) => [c.holds, c.stated])).toEqual([
      [true, 6.2],
      [true, 5.6],
    ]);
    expect(rule('change.against-table-prior-year', checksOf('change', report('4.6'))).filter((c) => !c.holds)).toMatchObject([{ stated: 4.6 }]);
  });
});

describe('a Chinese rate said before its new value with `至`', () => {
  const report = (rate: string) => `表1 營收（新臺幣億元）\n產品\t2022年\t2023年\n伺服器\t486.2\t528.6\n車用電子\t214.6\t236.4\n\n伺服器產品營收新臺幣528.6億元，為最大產品線；車用電子營收成長${rate}%至新臺幣236.4億元。`;

  it('recomputes `車用電子營收成長N%至新臺幣236.4億元` from the row\'s cell of the year before (214.6 -> 236.4 is 10.2%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', report('10.2')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', report('12.0')))).toMatchObject([{ holds: false, stated: 12 }]);
  });

  it('reads a new value in a bare 元 (`至236.4億元`) as in the currency of its table (`單位：新臺幣億元`)', () => {
    const bare = (rate: string) => `表1 營收依產品別\n單位：新臺幣億元\n產品別\t2022年\t2023年\n伺服器\t486.2\t528.6\n車用電子\t241.6\t236.4\n\n伺服器產品營收新臺幣528.6億元，為最大產品線；車用電子營收減少${rate}%至236.4億元。`;
    expect(rule('change.against-table-prior-year', checksOf('change', bare('2.2')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', bare('10.2')))).toMatchObject([{ holds: false, stated: 10.2 }]);
  });
});

describe('an English rate said `, up N%` with no base', () => {
  const airline = (carried: string, after = ', and revenue rose') =>
    `In 2023 we carried ${carried} million passengers, up 75.2%${after}.\n\nTable 1: Key operating data, 2023\nIndicator                               2022      2023\nPassengers carried (million)          16.248    28.462\nCargo carried ('000 tonnes)              684       726\n`;

  it('is the change on the table\'s year before when its clause ends there (16.248 -> 28.462 is 75.2%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', airline('28.462')))).toMatchObject([{ holds: true }]);
    expect(rule('change.against-table-prior-year', checksOf('change', airline('28.642')))).toMatchObject([{ holds: false, stated: 75.2 }]);
  });

  it('is not when the words after it name another base (`since 2019`)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', airline('28.642', ' since 2019')))).toEqual([]);
  });
});

describe('an English rate on a year it names after it (`6.3% below FY2021`)', () => {
  const report = (rate: string, year: string) =>
    `Table 3: Environmental performance\nIndicator                          Unit           FY2021      FY2022      FY2023\nTotal Scope 1 and 2 emissions          tCO2e          77,658      75,470      72,752\n\nScope 1 and 2 emissions fell 3.6% to 72,752 tCO2e, ${rate}% below ${year}, and energy use fell.\n`;

  it('is the change on that year, never on the table\'s year before', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', report('6.3', 'FY2021')))).toEqual([]);
  });

  it('is on the year before when it names that year (75,470 -> 72,752 is -3.6%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', report('3.6', 'FY2022')))).toMatchObject([{ holds: true }]);
  });
});

describe('a table whose label column\'s header gives its bare cells a unit (`Power generation by source, TWh`)', () => {
  const table = 'Power generation by source, TWh          2023      2022\nHydropower                               14.2      15.8\nWind and solar                            6.1       4.3\nCoal                                      2.1       4.8\nTotal                                    38.6      41.2\n\n';
  const said = (coal: string) => `${table}Wind and solar generation rose 41.9% to 6.1 TWh as two wind farms came on stream, and coal-fired generation fell ${coal}% to 2.1 TWh.`;

  it('reads a text figure in that unit against the row its words name, by a hyphened word\'s first part too (4.8 -> 2.1 is -56.3%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', said('56.3'))).map((c) => [c.holds, c.stated])).toEqual([
      [true, 41.9],
      [true, 56.3],
    ]);
    expect(rule('change.against-table-prior-year', checksOf('change', said('65.3'))).filter((c) => !c.holds)).toMatchObject([{ stated: 65.3 }]);
  });
});

describe('a rate said after its figure as `N% less than in 2022`, of a KPI appendix row many lines under its header', () => {
  const names = ['Nitrogen oxides', 'Sulphur oxides', 'Particulate matter', 'Direct emissions', 'Indirect emissions', 'Hazardous waste', 'Food waste', 'Packaging waste', 'General waste', 'Direct energy', 'Indirect energy', 'Total energy'];
  const sections = names.map((name, k) => `A${k + 1} ${name}\n${name}\tkg\t${(1_200 + 37 * k).toLocaleString('en')}\t${(1_300 + 41 * k).toLocaleString('en')}`);
  const appendix = `Appendix 1: Environmental KPIs\n\nKPI\tUnit\t2023\t2022\n${sections.join('\n')}\nA13 Water consumption\nTotal water consumption\tm3\t1,286,400\t1,342,800\n`;
  const said = (water: string, rate: string) => `We consumed approximately ${water} cubic metres of water, ${rate}% less than in 2022.\n\n${appendix}`;

  it('reads the row its words name (`consumed … water` for `Total water consumption`; 1,342,800 -> 1,286,400 is -4.2%)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', said('1.29 million', '4.2')))).toMatchObject([{ holds: true, stated: 4.2 }]);
    expect(rule('change.against-table-prior-year', checksOf('change', said('1.29 million', '2.4')))).toMatchObject([{ holds: false, stated: 2.4 }]);
  });

  it('reads a text figure a power of ten from the row\'s cell as that row\'s, its change broken by the slip (`12.86 million`)', () => {
    expect(rule('change.against-table-prior-year', checksOf('change', said('12.86 million', '4.2')))).toMatchObject([{ holds: false, stated: 4.2 }]);
  });
});
