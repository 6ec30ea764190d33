import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { tableBlocks } from './table-blocks';

const rows = (text: string) => tableBlocks(checkDoc('d.txt', text)).map((block) => block.map((r) => [r.label, ...r.texts.slice(1).map((t, i) => r.cells[i + 1]?.figure.text ?? t)]));

describe("a KPI table's unit column", () => {
  it('holds a unit stating its scale by a power of ten, or words opening with a unit, and its rows stay in the table', () => {
    const table = [
      'Indicator                          Unit                   2024        2023',
      'Steel output                       10,000 tonnes         1,284       1,236',
      'Electricity purchased              100 million kWh       18.62       19.04',
      'Operating income                   RMB100 million        642.8       618.1',
      'Coke consumption                   tonnes of coke equiv.  412,600     425,100',
      'Employees                          persons               18,244      18,530',
      '',
    ].join('\n');
    expect(rows(table)).toEqual([
      [
        ['Indicator', 'Unit', '2024', '2023'],
        ['Steel output', '10,000 tonnes', '1,284', '1,236'],
        ['Electricity purchased', '100 million kWh', '18.62', '19.04'],
        ['Operating income', 'RMB100 million', '642.8', '618.1'],
        ['Coke consumption', 'tonnes of coke equiv.', '412,600', '425,100'],
        ['Employees', 'persons', '18,244', '18,530'],
      ],
    ]);
  });
});

describe('a value one space after its label, its column too narrow for both', () => {
  it("is the row's first value when it stands under the first value column", () => {
    const table = [
      '                          2024        2023    Change (%)',
      'Surface water            8,412       8,906          -5.5',
      'Total                   10,516      10,894          -3.5',
      '  of which in stressed areas 3,318    3,442        -3.6',
      '',
    ].join('\n');
    expect(rows(table)[0]!.slice(1)).toEqual([
      ['Surface water', '8,412', '8,906', '-5.5'],
      ['Total', '10,516', '10,894', '-3.5'],
      ['of which in stressed areas', '3,318', '3,442', '-3.6'],
    ]);
  });

  it('is no value when it stands in the labels\' column (`Scope 3 category 1.5`)', () => {
    const table = ['                          2024        2023', 'Scope 1                  8,412       8,906', 'Category 1.5             2,104       1,988', ''].join('\n');
    expect(rows(table)[0]!.slice(1).map((r) => r[0])).toEqual(['Scope 1', 'Category 1.5']);
  });
});
