import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { inTable } from '../consistency/agreement';
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

describe('a space-aligned header naming a column in more than a short word', () => {
  const table = `Table 1: Water sales by customer type (million m³)
Customer type                    2022       2023     Change    Share of 2023 sales
Households                      1,204      1,262       4.8%          23.9%
Industry                        3,010      3,241       6.7%          61.3%
Public services                   512        486      -5.1%           9.2%
Total                           5,010      5,285       5.5%         100.0%
`;

  it('heads its table beside two years or more, so its change column is read (`Share of 2023 sales`)', () => {
    expect(checksOf('change', table).map((c) => [c.holds, c.message])).toContainEqual([false, '✗ 3,010 → 3,241 = +7.7 %, stated 6.7 %']);
  });

  it('but a line of two years and a sentence heads nothing', () => {
    const text = 'Targets                  2025         2030         Cut Scope 1 and 2 by half.\nScope 1 and 2            1,204        1,262\n';
    expect(tableBlocks(checkDoc('d.txt', text)).flat().some((r) => r.header)).toBe(false);
  });
});

describe('a row whose unit cell is per a scaled amount (`tCO2eq/KRW 100 million`)', () => {
  const kpi = `Category                    Unit                         2022          2023
Scope 1 and 2               tCO2eq                  5,169,340     4,913,530
GHG intensity               tCO2eq/KRW 100 million      33.20         34.45
Scope 3                     tCO2eq                  8,412,600     8,186,400
`;

  it('stays in its table, its unit no cell of figures', () => {
    const rows = tableBlocks(checkDoc('d.txt', kpi))[0]!;
    expect(rows.map((r) => r.label)).toEqual(['Category', 'Scope 1 and 2', 'GHG intensity', 'Scope 3']);
    expect(rows[2]!.cells.filter(Boolean).map((c) => c!.figure.text)).toEqual(['33.20', '34.45']);
  });
});

describe('a Japanese data table whose falls are marked △ and whose ratio changes are in points', () => {
  const table = [
    'Human resources data',
    'Indicator                              Unit        FY2022     FY2023     Change',
    'Number of employees (consolidated)     persons     52,418     51,906      △512',
    '  Japan                                persons     21,304     20,688      △616',
    '  Outside Japan                        persons     31,114     31,218      +104',
    'Female managers ratio                  %              5.9        6.6    +0.7 pts',
    '',
  ].join('\n');

  it('keeps each row in one block, so a total row is added up from the rows set in under it', () => {
    const rows = tableBlocks(checkDoc('d.txt', table))[0]!;
    expect(rows.map((r) => r.label)).toEqual(['Indicator', 'Number of employees (consolidated)', 'Japan', 'Outside Japan', 'Female managers ratio']);
    expect(checksOf('sum', table).map((c) => c.message)).toEqual(['✓ 21,304 + 31,114 = 52,418', '✓ 20,688 + 31,218 = 51,906']);
  });
});

describe('a space-aligned header whose label column is blank', () => {
  const segments = (header: string) =>
    [
      'Revenue by business',
      '(Millions of yen)',
      header,
      'Semiconductor Equipment            412,380     455,910           10.6                 48.2',
      'Medical Devices                    288,140     301,220            4.5                 31.9',
      'Optical Components                 196,550     188,410           △4.1                 19.9',
      '',
    ].join('\n');
  const changes = (header: string) => checksOf('change', segments(header)).map((c) => c.message);

  it('heads its columns when its names stand beside the years on one line (`Share of total (%)` longer than a short cell)', () => {
    expect(changes('                                   FY2022      FY2023      YoY change (%)     Share of total (%)')).toContain('✓ 412,380 → 455,910 = +10.6 %');
  });

  it('heads its columns when wrapped over two lines, its second line set under the cells it finishes (`vs. previous` over `year (%)`)', () => {
    const wrapped = ['                                   FY2022      FY2023      vs. previous       Share of', '                                                           year (%)           total (%)'].join('\n');
    // (its blank label column heads nothing: each name stands over the rows' cells in turn from their first value)
    expect(tableBlocks(checkDoc('d.txt', segments(wrapped)))[0]![0]!.texts).toEqual(['', 'FY2022', 'FY2023', 'vs. previous year (%)', 'Share of total (%)']);
    expect(changes(wrapped)).toEqual(['✓ 412,380 → 455,910 = +10.6 %', '✓ 288,140 → 301,220 = +4.5 %', '✓ 196,550 → 188,410 = −4.1 %']);
  });
});
