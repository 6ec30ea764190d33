import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from './__fixtures__/check-docs';
import { inTable } from './agreement';
import { linesAbove, sectionRowsAbove, tableBlocks } from './table-blocks';

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

describe('a sub-heading inside a table', () => {
  const kpi = (section: string) => `附录 关键绩效表\n指标\t单位\t2022年\t2023年\n经济绩效\n营业收入\t亿元\t1,191.6\t1,284.6\n${section}\n温室气体排放总量\t万吨二氧化碳当量\t142.5\t138.6\n`;
  const above = (section: string) => {
    const doc = checkDoc('kpi.txt', kpi(section));
    return sectionRowsAbove(doc, tableBlocks(doc).length - 1).map((r) => r.label);
  };

  it('goes on with the table above it (`环境绩效` between two rows of four cells)', () => {
    expect(above('环境绩效')).toEqual(['营业收入']);
  });

  it('not across a caption with a number, a sentence, or a header of its own', () => {
    expect(above('表2 环境绩效')).toEqual([]);
    expect(above('以下为环境数据。')).toEqual([]);
    expect(above('环境绩效\n指标\t单位\t2022年\t2023年')).toEqual([]);
  });
});
