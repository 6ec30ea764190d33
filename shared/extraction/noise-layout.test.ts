import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('a number opening a line', () => {
  it('numbers a note when the lines around open with the numbers before and after it, whatever follows it', () => {
    const notes = '1 Market-based.\n2 Director level and above; 2022: 35.1%.\n3 Employees and contractors.\n';
    expect(texts(notes)).toEqual(['35.1%']);
  });
  it('stays a count when no line around opens with the number before or after it', () => {
    expect(texts('Women on the board\n2 Director level and above\n5 Board meetings\n')).toEqual(['2']);
  });
  it('numbers no section when it is a decimal under one (an infographic\'s rate)', () => {
    expect(texts('Lost-time injury frequency rate\n\n0.21\n\nper 200,000 hours worked')).toEqual(['0.21']);
    expect(texts('Contents\n2.1 Our approach\n')).toEqual([]);
  });
});

describe("a decimal with its unit, and a running head's page number", () => {
  it('numbers no section when a decimal with its unit could number none (8.80 Mt); a bare one on its line stays out', () => {
    expect(texts('2023 at a glance\n\n8.80 Mt\nCO2 from jet fuel\n')).toEqual(['8.80 Mt']);
    expect(texts('Contents\n4.3 Mt of scope\n')).toEqual([]);
  });
  it("drops a running head's page number after a title its bar parts, on a page alone", () => {
    const page = '             ASHCOMBE HEALTHCARE GROUP  |  ANNUAL REVIEW 2023/24             17\n\n  3,260\n  babies delivered\n';
    expect(texts(page)).toEqual(['3,260']);
    // a pipe table's cell is kept
    expect(texts('| Scope 1 | 412\n')).toEqual(['412']);
  });
  it("reads a scale opening a line after a rate's slash as the base of the rate the label wrapped (公噸CO2e/⏎百萬元營收)", () => {
    const table = '單位：公噸CO2e\n項目                         2022年      2023年\n排放強度（公噸CO2e/\n百萬元營收）                   2.84        2.47\n';
    expect(texts(table)).toEqual(['2.84', '2.47']);
    // a scale opening a line of prose is a figure
    expect(texts('全年向社区捐赠\n百万元用于公益。')).toEqual(['百万元']);
  });
  it("drops the page number after a title opening or closing a page, a blank line apart from its body", () => {
    expect(texts('電力營運數據 Electricity Operating Data                    18\n\nWe sold 14,862 GWh.\n')).toEqual(['14,862 GWh']);
    expect(texts('We sold 14,862 GWh.\n\nElectricity Operating Data        18\n')).toEqual(['14,862 GWh']);
    expect(texts('Annual Review\fOperating Data        19\n\nWe sold 14,862 GWh.')).toEqual(['14,862 GWh']);
    // a row of a table, or a title among rows, is no running head
    expect(texts('Total employees        18\n\nWe sold 14,862 GWh.\n')).toEqual(['18', '14,862 GWh']);
    expect(texts('Operating Data    18\nMore Data    19\n\nWe sold 14,862 GWh.')).toEqual(['18', '19', '14,862 GWh']);
  });
});
