import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// "A column header's scale and unit apply to the cells below it": a numbered table's caption states
// them once for every cell of the table, whatever words the caption counts in and wherever on its line
// it puts them, and a row label wrapped over two lines is no edge of the table.

const cells = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe("a numbered table's caption scales its bare cells", () => {
  it('a scale before a count of two words (`million parcel deliveries`)', () => {
    const table = [
      'Table 2  Deliveries (million parcel deliveries)',
      'Region                     2024          2023',
      'Northern depots            52.6          48.1',
      'Southern depots            31.4          30.2',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['52.6', 52_600_000, ''],
      ['48.1', 48_100_000, ''],
      ['31.4', 31_400_000, ''],
      ['30.2', 30_200_000, ''],
    ]);
  });

  it('a bracketed scale at the right of a numbered title line, its `Change (%)` column left a percentage', () => {
    const table = [
      'Table 5  Sawn timber output by mill                        (thousand tonnes)',
      '                          2024          2023     Change (%)',
      'Rotorua                  412.5         398.0           +3.6',
      'Tokoroa                  206.2         214.8           -4.0',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['412.5', 412_500, 't'],
      ['398.0', 398_000, 't'],
      ['3.6', 3.6, '%'],
      ['206.2', 206_200, 't'],
      ['214.8', 214_800, 't'],
      ['-4.0', -4, '%'],
    ]);
  });

  it('rows under a label wrapped over two lines inside its bracket keep the caption', () => {
    const table = [
      'Table 4  Fuel use (GJ)',
      '                                      2024          2023',
      'Diesel                              84,200        80,100',
      'Liquefied petroleum gas (forklifts,',
      '  kitchens and canteens)             3,100         2,900',
      'Grid electricity                    41,600        40,200',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['84,200', 84_200, 'GJ'],
      ['80,100', 80_100, 'GJ'],
      ['3,100', 3_100, 'GJ'],
      ['2,900', 2_900, 'GJ'],
      ['41,600', 41_600, 'GJ'],
      ['40,200', 40_200, 'GJ'],
    ]);
  });
});

describe("a row label's bracketed scale and unit apply to the row's cells", () => {
  it('a scale before a compound unit of distance (`million tonne-km`)', () => {
    const table = [
      'Rail freight                                   2024          2023',
      'Freight moved (million tonne-km)            1,284.6       1,190.2',
      'Train distance run (thousand train-km)         62.4          60.8',
    ].join('\n');
    expect(cells(table)).toEqual([
      ['1,284.6', 1_284_600_000, 'tonne-km'],
      ['1,190.2', 1_190_200_000, 'tonne-km'],
      ['62.4', 62_400, 'train-km'],
      ['60.8', 60_800, 'train-km'],
    ]);
  });
});

describe('a heading of words inside a table ends the block a caption above it scaled', () => {
  it('rows under a heading with no unit take none of the block before it', () => {
    const table = [
      'Ten-year summary                     2024      2023      2022',
      'Financial (NZ$ million)',
      'Revenue                               918       874       851',
      'Net profit                             64        58        49',
      'People',
      'Staff (full-time equivalent)          742       731       718',
      'Volunteers (number)                   210       196       188',
    ].join('\n');
    expect(cells(table).slice(6)).toEqual([
      ['742', 742, ''],
      ['731', 731, ''],
      ['718', 718, ''],
      ['210', 210, ''],
      ['196', 196, ''],
      ['188', 188, ''],
    ]);
  });

  it("while the caption over a table's header row scales the rows under every heading of it", () => {
    const table = [
      'Table 3: Energy consumed (MWh)',
      '                                     2022          2023',
      'Fuels',
      'Natural gas                       18,240        17,960',
      'Electricity',
      'Grid electricity                  42,100        40,880',
    ].join('\n');
    expect(cells(table).map(([, , unit]) => unit)).toEqual(['MWh', 'MWh', 'MWh', 'MWh']);
  });

  it("and a label's last line indented under its first is no heading (`Chemicals and⏎  plastics`)", () => {
    const table = [
      'Sales by segment                                   (Unit: EUR million)',
      '                                     2022          2023',
      'Chemicals and                        812.4         856.0',
      '  plastics',
      'Coatings                             412.6         398.2',
    ].join('\n');
    expect(cells(table).map(([, value]) => value)).toEqual([812_400_000, 856_000_000, 412_600_000, 398_200_000]);
  });
});

describe("a segment's acronym in brackets under a caption", () => {
  it('names the segment, no unit of its own: the row takes the caption', () => {
    const table = [
      'Table 6  Revenue by product                               (EUR million)',
      '                              2024          2023',
      'Fibreboard (MDF)             412.6         398.2',
      'Sawn timber                  286.0         301.4',
    ].join('\n');
    expect(cells(table).map(([, value, unit]) => [value, unit])).toEqual([
      [412_600_000, 'EUR'],
      [398_200_000, 'EUR'],
      [286_000_000, 'EUR'],
      [301_400_000, 'EUR'],
    ]);
  });

  it('and under a caption counting things in a scale (`(million units)`): the segment counts in it', () => {
    const table = [
      'Table 2: Output by product line (million units)',
      '',
      'Product                        2024        2023',
      'Compact inverters (CIV)        18.42       16.05',
      'Grid inverters                  4.31        3.88',
    ].join('\n');
    expect(cells(table).map(([, value]) => value)).toEqual([18_420_000, 16_050_000, 4_310_000, 3_880_000]);
  });

  it('but a unit of its own where the caption leaves the rows theirs (`unless stated`)', () => {
    const table = ['Key figures (EUR m unless stated)     2024      2023', 'Revenue                            918.2     874.6', 'Production (KTA)                   3,112     3,245'].join('\n');
    expect(cells(table).map(([, value]) => value)).toEqual([918_200_000, 874_600_000, 3_112, 3_245]);
  });
});
