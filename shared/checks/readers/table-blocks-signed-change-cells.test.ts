import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../extraction/index';
import { inTable } from '../consistency/agreement';

/** Whether each figure of the text is read as a table cell. */
const cells = (text: string) => extractFigures(text).map((f) => ({ figure: f.text, cell: inTable(text, f) }));

// a row's change cell written with its sign, the row's last: the sign stands between the gap and the figure
const tables: [string, string[]][] = [
  [
    "a logistics company's 同比 column, written with + and −",
    ['指标                  2024年        2023年        同比（%）', '快递件量（亿件）        86.40         78.20          +10.5', '航空货运量（万吨）      12.30         13.10           −6.1'],
  ],
  [
    "a shipping group's Change column, written with + and -",
    ['Metric                          2024        2023      Change (%)', 'Scope 1 emissions (ktCO2e)     412.6       455.0           -9.3', 'Fuel consumed (kt)             131.8       127.5           +3.4'],
  ],
];

describe('a signed change cell at the end of a space-aligned row is a table cell', () => {
  it.each(tables)('reads every value row cell of %s as a cell', (_, [header, ...rows]) => {
    const text = `${header}\n${rows.join('\n')}\n`;
    const values = cells(text).filter((c) => !/^20\d\d$/.test(c.figure));
    expect(values).toHaveLength(rows.length * 3);
    expect(values.filter((c) => !c.cell)).toEqual([]);
  });

  it('leaves a signed figure of a sentence running text', () => {
    expect(cells('Fuel consumed rose to 131.8 kt in 2024, a change of +3.4% on the year before.\n').filter((c) => c.cell)).toEqual([]);
  });
});
