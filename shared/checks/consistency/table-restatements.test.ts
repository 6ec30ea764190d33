import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { tableRestatements } from './table-restatements';
import { rowsOf } from './table-restatements-rows';

const report = (water: string) =>
  `Sustainability\nOur operational emissions were 1.42 Mt CO2-e. We remain committed to reducing them to 1.10 Mt CO2-e by FY2030. We withdrew ${water} GL of\nwater and rehabilitated 1,188 hectares of disturbed land. Women held 46 of the 212 senior leadership roles (21.7%).\n`;
const appendix = [
  'ESG Data Appendix FY2023',
  '',
  '3. Water',
  'Metric Unit FY2021 FY2022 FY2023',
  'Surface water withdrawn GL 11.8 12.9 12.4',
  'Groundwater withdrawn GL 18.6 19.2 19.7',
  'Total water withdrawn GL 34.1 36.0 36.2',
  '',
  '4. People',
  'Metric Unit FY2021 FY2022 FY2023',
  'Women in senior leadership % 19.6 21.0 21.7',
  '',
].join('\n');
// the rule's own checks: runChecks says a disagreement once, and other rules may find one of these first
const tableRow = (...texts: Array<[string, string]>) => tableRestatements(texts.map(([name, text]) => checkDoc(name, text))).filter((c) => c.rule === 'consistency.table-row');

describe('a text figure restated in a table row of the engagement', () => {
  it('flags `We withdrew 38.6 GL of water` against the appendix row `Total water withdrawn GL … 36.2` of the latest year', () => {
    expect(tableRow(['report.txt', report('38.6')], ['appendix.txt', appendix])).toMatchObject([{ holds: false, figures: [{ doc: 'report.txt', value: 38.6 }, { doc: 'appendix.txt', value: 36.2 }] }]);
  });

  it('is silent when the row agrees, or when the sentence names a year the row has another value for', () => {
    expect(tableRow(['report.txt', report('36.2')], ['appendix.txt', appendix])).toEqual([]);
    expect(tableRow(['report.txt', 'In FY2022 we withdrew 36.0 GL of water.'], ['appendix.txt', appendix])).toEqual([]);
    expect(tableRow(['report.txt', 'In FY2022 we withdrew 38.6 GL of water.'], ['appendix.txt', appendix])).toMatchObject([{ figures: [{ value: 38.6 }, { value: 36.0 }] }]);
  });

  it('takes the row whose label the sentence says in full, the most specific one: not `Surface water withdrawn` for water withdrawn', () => {
    expect(tableRow(['report.txt', 'We withdrew 12.4 GL of surface water.'], ['appendix.txt', appendix])).toEqual([]);
    expect(tableRow(['report.txt', 'Women held 46 of the 212 senior leadership roles (24.7%).'], ['appendix.txt', appendix])).toMatchObject([{ figures: [{ value: 24.7 }, { value: 21.7 }] }]);
  });

  it('takes the latest year whichever side of the header it stands (2023 before 2022)', () => {
    const kpi = 'Indicator\tUnit\t2023\t2022\nWater consumption\tm3\t2,860,000\t2,975,500\n';
    expect(tableRow(['report.txt', `Water consumption was 2.86 million m3.\n\n${kpi}`])).toEqual([]);
    expect(tableRow(['report.txt', `Water consumption was 2.98 million m3.\n\n${kpi}`])).toMatchObject([{ figures: [{ value: 2_980_000 }, { value: 2_860_000 }] }]);
  });

  it('compares no figure of another unit, nor a target', () => {
    expect(tableRow(['report.txt', 'We withdrew 38.6 ML of water.'], ['appendix.txt', appendix])).toEqual([]);
    expect(tableRow(['report.txt', 'We aim to withdraw no more than 30.0 GL of water by FY2030.'], ['appendix.txt', appendix])).toEqual([]);
  });
});

describe('a table cell that repeats the year before\'s value', () => {
  it('is set against the text\'s figure of the year even when the text says that value of the year before', () => {
    const report = (cell: string) =>
      `Energy used per guest night was 41.2 kWh in 2024, against 43.6 kWh in 2023.\n\nKey figures\n\nIndicator                       Unit        2024      2023\nEnergy used per guest night     kWh         ${cell}      43.6\n`;
    expect(tableRow(['report.txt', report('41.2')])).toEqual([]);
    expect(tableRow(['report.txt', report('43.6')])).toMatchObject([{ holds: false, figures: [{ value: 41.2 }, { value: 43.6 }] }]);
  });

  it('reads a year after a compared figure written with a thousands comma as that figure\'s (`against USD 8,410 thousand in 2023`), not the sentence\'s', () => {
    const report = (margin: string) =>
      `Net income was USD 9,870 thousand, against USD 8,410 thousand in 2023, and the net margin rose 0.6 percentage points to ${margin}%.\n\nKey figures\n\nIndicator            Unit        2024      2023\nNet margin           %            9.2       8.6\n`;
    expect(tableRow(['report.txt', report('9.2')])).toEqual([]);
    expect(tableRow(['report.txt', report('9.6')])).toMatchObject([{ holds: false, figures: [{ value: 9.6 }, { value: 9.2 }] }]);
  });

  it('reads a figure said `less than the` one of the year before as that year\'s value, no restatement of the latest cell', () => {
    const report =
      'Mains water was 1,420 ML, 2.7% less than the 1,460 ML of 2023, so that water use came to 2,486\nML, 3.1% less than the 2,566 ML of 2023.\n\nKey figures\n\nIndicator            Unit        2024      2023\nWater use            ML         2,486     2,566\n';
    expect(tableRow(['report.txt', report])).toEqual([]);
  });
});

describe('a text figure against a table row in a unit a power of ten apart', () => {
  const bank = (y2022: string) =>
    `Our financed emissions fell 5.9% to 4.60 MtCO2e in 2023 (2022: ${y2022} MtCO2e), reflecting reduced exposure to oil and gas.\n\nTable 4: Financed emissions by sector (ktCO2e)\nSector                 2022        2023\nOil and gas             624         548\nOther corporate       4,224       4,047\nTotal                 4,848       4,595\n`;

  it('reads the caption`s unit and names the total row by the caption`s words before `by`, each figure against its own year', () => {
    expect(tableRow(['report.txt', bank('4.88')])).toMatchObject([{ holds: false, figures: [{ value: 4.88 }, { value: 4_848 }] }]);
  });

  it('holds a coarser statement within its rounding: 4.85 Mt restates 4,848 kt, 4.60 Mt 4,595 kt', () => {
    expect(tableRow(['report.txt', bank('4.85')])).toEqual([]);
  });

  it('compares GWh in the text with a row in MWh', () => {
    const kpi = 'Indicator\tUnit\t2022\t2023\nElectricity consumed\tMWh\t1,180\t1,236\n';
    expect(tableRow(['report.txt', `Electricity consumed was 1.24 GWh.\n\n${kpi}`])).toEqual([]);
    expect(tableRow(['report.txt', `Electricity consumed was 1.26 GWh.\n\n${kpi}`])).toMatchObject([{ figures: [{ value: 1.26 }, { value: 1_236 }] }]);
  });
});

describe('table rows whose labels say their unit in words, or none', () => {
  const performance = (consumption: string) =>
    `Per capita consumption fell to ${consumption} litres per person per day as more customers took up metering.\n\nTable 2: Performance commitments\nMeasure\t2022/23\t2023/24\tChange\nPer capita consumption (litres/person/day)\t143.2\t141.8\t-1.0%\nMains bursts (per 1,000 km)\t126.8\t119.4\t-5.8%\n`;

  it('reads a header of report years (`2023/24`) with a Change column after them, and a unit in brackets spelt out (litres)', () => {
    expect(tableRow(['report.txt', performance('148.1')])).toMatchObject([{ holds: false, figures: [{ value: 148.1 }, { value: 141.8 }] }]);
    expect(tableRow(['report.txt', performance('141.8')])).toEqual([]);
  });

  const appendix =
    'Table A1: Investment overview\nMeasure\t2022\t2023\nAssets under management (£ million)\t76,840\t72,900\nCompanies engaged on climate\t231\t253\nCompany meetings voted\t3,186\t3,412\n\nTable A3: Sustainable investments by type (£ million)\nType\t2022\t2023\tShare of 2023 total\nGreen bonds\t4,612\t5,784\t39.6%\nRenewable infrastructure equity\t2,204\t2,918\t20.0%\n';

  it('compares an amount of money with a row in the currency its cells were read in (£ million): £79.2 billion against 72,900', () => {
    const report = (aum: string) => `At 31 December 2023 our sustainable investments totalled £14.6 billion, 18.4% of our £${aum} billion of assets under management.`;
    expect(tableRow(['report.txt', report('79.2')], ['appendix.txt', appendix])).toMatchObject([{ holds: false, figures: [{ value: 79.2e9 }, { value: 72.9e9 }] }]);
    expect(tableRow(['report.txt', report('72.9')], ['appendix.txt', appendix])).toEqual([]);
  });

  it('reads rows under a caption in a currency by all their words (`Green bonds`), a bracket of the year before for the figures in it only', () => {
    const report = (was: string) => `Renewable infrastructure equity grew 32% to £2.9 billion (2022: £${was} billion). Green bonds reached £5.8 billion.`;
    expect(tableRow(['report.txt', report('2.2')], ['appendix.txt', appendix])).toEqual([]);
    expect(tableRow(['report.txt', report('2.4')], ['appendix.txt', appendix])).toMatchObject([{ holds: false, figures: [{ value: 2.4e9 }, { value: 2.204e9 }] }]);
  });

  it('reads a label of words alone over bare numbers as a count: `nearly 250` companies against 253, the row named between the figure and the next', () => {
    const report = (qualifier: string) => `In 2023 we engaged with ${qualifier} 250 investee companies on climate transition plans, and voted at 3,412 company meetings.`;
    expect(tableRow(['report.txt', report('nearly')], ['appendix.txt', appendix])).toMatchObject([{ holds: false, figures: [{ value: 250 }, { value: 253 }] }]);
    expect(tableRow(['report.txt', report('over')], ['appendix.txt', appendix])).toEqual([]);
  });
});

describe('rows read by their words are named near the figure, of its own year', () => {
  const operations = 'Operational performance\t2023/24\t2022/23\nWater supplied (Ml/d)\t1,318\t1,342\nLost-time injuries (number)\t24\t19\n';

  it('takes no row whose words are said of another figure of the sentence (`supplied` of the households, not of 1,950 megalitres)', () => {
    expect(tableRow(['report.txt', `We supplied water to 3.4 million households and treated some 1,950 megalitres of waste water a day.\n\n${operations}`])).toEqual([]);
    expect(tableRow(['report.txt', `We supplied 1,950 megalitres of water a day.\n\n${operations}`])).toMatchObject([{ figures: [{ value: 1_950 }, { value: 1_318 }] }]);
  });

  it('compares no figure said as the value before (`fell to 24 from 19`), nor against a year the sentence compares with (`than in 2022/23`)', () => {
    expect(tableRow(['report.txt', `Lost-time injuries fell to 24 from 19.\n\n${operations}`])).toEqual([]);
    expect(tableRow(['report.txt', `We supplied 1,318 megalitres of water a day, 1.8% less than in 2022/23.\n\n${operations}`])).toEqual([]);
    expect(tableRow(['report.txt', `In 2022/23 we supplied 1,318 megalitres of water a day.\n\n${operations}`])).toMatchObject([{ figures: [{ value: 1_318 }, { value: 1_342 }] }]);
  });
});

describe('a bare year said of a table of split years', () => {
  // a museum trust's year to 31 March: the header's 2023/24 ends in 2024, the year the bracket names
  const figures = ['Key figures', '', 'Indicator                     Unit                2024/25    2023/24', 'Volunteers (at 31 March)      number                  412        386', 'Visitors                      thousand                218        204'].join('\n');

  it('is of neither column it can be (`at 31 March 2025 (2024: 386)`)', () => {
    expect(tableRow(['report.txt', `We had 412 volunteers at 31 March 2025 (2024: 386), 6.7% more.\n\n${figures}`])).toEqual([]);
  });
});

describe('a space-aligned table whose header of years is indented over a blank label column', () => {
  const table = (scope1: string) =>
    `\n\nTable 6: Greenhouse gas emissions (kt CO2e)\n                        2022        2023\nScope 1                2,452       ${scope1}\nScope 2                1,730       1,688\nOre milled (Mt)         41.2        44.8\n`;
  const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.table-row').map((c) => c.figures.map((f) => f.value));

  it('reads `Scope 1` and `Scope 2` rows, in the caption\'s unit with a space in it, each named by its scope', () => {
    const text = 'Scope 1 emissions of 2.41 Mt CO2e came mainly from diesel; Scope 2 emissions, from purchased electricity, were 1,688 kt CO2e.';
    expect(mismatches(text + table('2,365'))).toEqual([[2.41, 2_365]]);
    expect(mismatches(text + table('2,412'))).toEqual([]);
  });

  it('compares no figure said as the value compared with (`compared with⏎2,452 kt`)', () => {
    expect(mismatches('Our Scope 1 emissions fell 3.5% in 2023, compared with\n2,452 kt CO2e in 2022.' + table('2,365'))).toEqual([]);
  });

  it('leaves a slip to the text where the text says the row\'s value too (one slip, said once)', () => {
    const text = 'Highlights\n- 2.41 Mt CO2e of Scope 1 emissions\n\nScope 1 emissions were 2.365 Mt CO2e, mostly from diesel.';
    expect(mismatches(text + table('2,365'))).toEqual([]);
  });

  it('reads a row naming its own unit in brackets in that unit, not the caption\'s', () => {
    const doc = checkDoc('r.txt', `Intro.${table('2,365')}`);
    expect(rowsOf(doc).map((r) => [r.label, r.unit])).toEqual([['Scope 1', 'tco2e'], ['Scope 2', 'tco2e'], ['Ore milled', 't']]);
  });
});

describe('a text figure that is another thing than the row its sentence names', () => {
  it('takes a year after `below` or `above` as the one compared with, not the figure\'s (`134,660 tCO2e, 10.4% below 2022`)', () => {
    const table = '\n\nTable 5: Energy and emissions\nIndicator\tUnit\t2023\t2022\tChange\nTotal Scope 1 and 2\ttCO2e\t134,660\t149,790\t-10.1%\n';
    expect(tableRow(['report.txt', `Our combined Scope 1 and 2 emissions were 134,660 tCO2e, 10.4% below 2022.${table}`])).toEqual([]);
    expect(tableRow(['report.txt', `Our combined Scope 1 and 2 emissions were 134,660 tCO2e, 10.4% above 2022.${table}`])).toEqual([]);
    expect(tableRow(['report.txt', `Our combined Scope 1 and 2 emissions were 136,460 tCO2e, 10.4% below 2022.${table}`])).toMatchObject([{ figures: [{ value: 136_460 }, { value: 134_660 }] }]);
  });

  it('leaves the row to another figure of the sentence that restates it (`reached 3.18 million, of whom 2.26 million …`)', () => {
    const table = '\n\nTable 2: Customers by product (thousands)\nProduct\t2023\t2022\tChange\nMobile prepaid\t4,926\t5,318\t-7.4%\nFixed broadband\t3,184\t3,052\t4.3%\n';
    expect(tableRow(['report.txt', `Fixed broadband customers reached 3.18 million, of whom 2.26 million (71.0%) are on fibre.${table}`])).toEqual([]);
    const slipped = tableRow(['report.txt', `Fixed broadband customers reached 3.81 million, of whom 2.26 million (71.0%) are on fibre.${table}`]);
    expect(slipped.map((c) => c.figures.map((f) => f.value))).toContainEqual([3_810_000, 3_184_000]);
  });

  it('takes a figure that another row of the table states, of the same column, as that row\'s (`business revenue … €986.4 million`)', () => {
    const table = '\n\nRevenue by segment (€ million)\nSegment\t2023\t2022\nConsumer fixed\t1,142.8\t1,098.5\nBusiness\t986.4\t1,012.7\n';
    const said = (business: string) => `Consumer fixed revenue grew 4.3%, helped by fibre upgrades, while business revenue fell 2.6% to €${business} million.${table}`;
    expect(tableRow(['report.txt', said('986.4')])).toEqual([]);
    expect(tableRow(['report.txt', said('1,012.7')])).toMatchObject([{ figures: [{ value: 1_012_700_000 }, { value: 1_142_800_000 }] }]);
  });

  it('reads a row whose brackets give a scale alone (`Passengers carried (million)`) as counting things: 28.642 million passengers against 28.462', () => {
    const table = '\n\nTable 1: Key operating data, 2023\nIndicator                               2022      2023     Change\nPassengers carried (million)          16.248    28.462      75.2%\nCargo and mail carried (\'000 tonnes)     684       726       6.1%\n';
    const said = (passengers: string) => `In 2023 we carried ${passengers} million passengers as travel recovered.${table}`;
    expect(tableRow(['report.txt', said('28.462')])).toEqual([]);
    expect(tableRow(['report.txt', said('28.642')])).toMatchObject([{ figures: [{ value: 28_642_000 }, { value: 28_462_000 }] }]);
  });
});
