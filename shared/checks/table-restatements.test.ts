import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
const tableRow = (...texts: Array<[string, string]>) => checksOf('consistency', ...texts).filter((c) => c.rule === 'consistency.table-row');

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
