import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from './__fixtures__/check-docs';
import { inTable } from './agreement';
import { linesAbove, tableBlocks } from './table-blocks';

describe('the lines above a table row', () => {
  it('come nearest first, trimmed, blank lines kept, up to the first line of the text', () => {
    const text = 'Report\n\nTable 2: Water (ML)\n  Source\t2022\t2023\nRiver\t12\t14\n';
    expect([...linesAbove(text, text.indexOf('River') + 2)]).toEqual(['Source\t2022\t2023', 'Table 2: Water (ML)', '', 'Report']);
    expect([...linesAbove(text, 2)]).toEqual([]);
  });
});

describe('a pipe table', () => {
  const table = 'Table 1: Traffic by airport\nAirport | Passengers (million) | Movements (thousand)\nBinjiang Airport | 33.13 | 238.4\nJiangbei Airport | 6.94 | 51.8\nDonghu Airport | 2.62 | 22.4\nTotal | 42.69 | 312.6\n\nBinjiang Airport Group | 2023 CSR Report | 22\n';

  it('is read as rows of cells, outer pipes and a markdown rule or not', () => {
    const markdown = '| Airport | Passengers | Movements |\n|---|---:|---:|\n| Binjiang Airport | 33.13 | 238.4 |\n| Total | 42.69 | 312.6 |\n';
    for (const text of [table, markdown]) {
      const rows = tableBlocks(checkDoc('d.txt', text))[0]!;
      expect(rows.map((r) => r.label)).toEqual(text === table ? ['Airport', 'Binjiang Airport', 'Jiangbei Airport', 'Donghu Airport', 'Total'] : ['Airport', 'Binjiang Airport', 'Total']);
      expect(rows.at(-1)!.cells.map((c) => c?.figure.text)).toEqual([undefined, '42.69', '312.6']);
    }
  });

  it('has its columns added up', () => {
    expect(checksOf('sum', table).map((c) => c.message)).toEqual(['✓ 33.13 + 6.94 + 2.62 = 42.69', '✓ 238.4 + 51.8 + 22.4 = 312.6']);
  });

  it('holds table cells, while a running footer with pipes is no table', () => {
    const doc = checkDoc('d.txt', table);
    const at = (text: string) => doc.figures.find((f) => f.text === text)!;
    expect(inTable(doc.text, at('6.94'))).toBe(true);
    expect(tableBlocks(doc)).toHaveLength(1);
  });
});
