import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columnSums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.table-column');

describe('a total naming its parts by their numbers (`Scope 1 and 2`)', () => {
  const table = (s12: string) =>
    `Key figures\n\nIndicator                     Unit            2024        2023\nPatients treated              thousand       612.4       598.0\nWaste generated               tonnes        12,480      12,960\nScope 1 emissions             tCO2e         86,420      88,150\nScope 1 and 2 emissions       tCO2e         ${s12}     101,870\n`;

  it('is no total of a row above it that names none of them (waste generated and Scope 1 over Scope 1 and 2)', () => {
    expect(columnSums(table('98,730')).filter((c) => !c.holds)).toEqual([]);
  });

  it('still totals the rows it names when the table gives them', () => {
    const text = `Indicator                     Unit            2024        2023\nScope 1 emissions             tCO2e         86,420      88,150\nScope 2 emissions             tCO2e         12,310      13,720\nScope 1 and 2 emissions       tCO2e         98,730     103,870\n`;
    expect(columnSums(text).filter((c) => !c.holds)).toMatchObject([{ stated: 103870 }]);
  });
});
