import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A table drawn with box-drawing characters (`┌──┬──┐`, `│cell │cell │`, `├──┼──┤`), as PDF-to-text
// and Word exports of reports give it, is read as a pipe table: its bars part the cells, its borders
// are rule lines, so the header's units and the caption above reach every cell.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a box-drawn table', () => {
  it('reads each column in the unit its header states', () => {
    const text = [
      'Table 4 Greenhouse gas emissions by scope',
      '┌──────────────────┬──────────────┬──────────────┬────────────┐',
      '│ Scope            │ 2023 (tCO2e) │ 2022 (tCO2e) │ Change (%) │',
      '├──────────────────┼──────────────┼──────────────┼────────────┤',
      '│ Scope 1          │ 12,480       │ 13,105       │ -4.8       │',
      '│ Scope 2 (market) │ 8,216        │ 9,870        │ -16.8      │',
      '│ Total            │ 20,696       │ 22,975       │ -9.9       │',
      '└──────────────────┴──────────────┴──────────────┴────────────┘',
    ].join('\n');
    expect(figures(text).filter(([t]) => !/^(?:4|1|2|2023|2022)$/.test(t))).toEqual([
      ['12,480', 12480, 'tCO2e'],
      ['13,105', 13105, 'tCO2e'],
      ['-4.8', -4.8, '%'],
      ['8,216', 8216, 'tCO2e'],
      ['9,870', 9870, 'tCO2e'],
      ['-16.8', -16.8, '%'],
      ['20,696', 20696, 'tCO2e'],
      ['22,975', 22975, 'tCO2e'],
      ['-9.9', -9.9, '%'],
    ]);
  });

  it('scales its cells by the unit line above it, and its share column is in percent', () => {
    const text = [
      '表3 公益捐赠',
      '单位：万元',
      '┏━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┓',
      '┃项目      ┃2023年   ┃2022年   ┃占比（%）┃',
      '┣━━━━━━━━━━╋━━━━━━━━━╋━━━━━━━━━╋━━━━━━━━━┫',
      '┃乡村振兴  ┃1,286.5  ┃1,102.3  ┃61.2     ┃',
      '┃教育助学  ┃815.0    ┃760.8    ┃38.8     ┃',
      '┃合计      ┃2,101.5  ┃1,863.1  ┃100.0    ┃',
      '┗━━━━━━━━━━┻━━━━━━━━━┻━━━━━━━━━┻━━━━━━━━━┛',
    ].join('\n');
    expect(figures(text).filter(([t]) => !/^(?:3|2023|2022)$/.test(t))).toEqual([
      ['1,286.5', 12865000, 'CNY'],
      ['1,102.3', 11023000, 'CNY'],
      ['61.2', 61.2, '%'],
      ['815.0', 8150000, 'CNY'],
      ['760.8', 7608000, 'CNY'],
      ['38.8', 38.8, '%'],
      ['2,101.5', 21015000, 'CNY'],
      ['1,863.1', 18631000, 'CNY'],
      ['100.0', 100, '%'],
    ]);
  });

  it('keeps a growth column’s `（%）` where the table rules every row, and a cell’s minus after the bar', () => {
    const text = [
      '表2 营业收入构成',
      '单位：亿元',
      '┌────────┬────────┬────────────┐',
      '│领域    │2023年  │同比增长（%）│',
      '├────────┼────────┼────────────┤',
      '│器械    │41.20   │-3.5        │',
      '├────────┼────────┼────────────┤',
      '│耗材    │18.64   │12.1        │',
      '└────────┴────────┴────────────┘',
    ].join('\n');
    expect(figures(text).filter(([t]) => !/^(?:2|2023)$/.test(t))).toEqual([
      ['41.20', 4120000000, 'CNY'],
      ['-3.5', -3.5, '%'],
      ['18.64', 1864000000, 'CNY'],
      ['12.1', 12.1, '%'],
    ]);
  });
});
