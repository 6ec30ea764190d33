import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A table drawn with box-drawing characters (`│cell │cell │` between `┌──┬──┐`, `├──┼──┤` and `└──┴──┘`
// borders), as PDF-to-text and Word exports of reports give it, is a pipe table: its bars part its cells.

const columnSums = (text: string) => checksOf('sum', text).filter((c) => c.rule.startsWith('sum.table-column')).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a box-drawn table', () => {
  it('adds each year down its own column', () => {
    const table = (total: string) =>
      [
        'Table 4 Greenhouse gas emissions by scope',
        '┌──────────────────┬──────────────┬──────────────┐',
        '│ Scope            │ 2023 (tCO2e) │ 2022 (tCO2e) │',
        '├──────────────────┼──────────────┼──────────────┤',
        '│ Scope 1          │ 12,480       │ 13,105       │',
        '│ Scope 2 (market) │ 8,216        │ 9,870        │',
        `│ Total            │ ${total}       │ 22,975       │`,
        '└──────────────────┴──────────────┴──────────────┘',
        '',
      ].join('\n');
    expect(columnSums(table('20,696'))).toEqual([
      [true, [20696, 12480, 8216]],
      [true, [22975, 13105, 9870]],
    ]);
    expect(columnSums(table('20,969'))[0]).toEqual([false, [20969, 12480, 8216]]);
  });

  it('reads a Chinese table in heavy lines under its unit line, its share column too', () => {
    const text = [
      '表5 能源消耗',
      '单位：万千瓦时',
      '┏━━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┳━━━━━━━━━┓',
      '┃能源类型  ┃2023年   ┃2022年   ┃占比（%）┃',
      '┣━━━━━━━━━━╋━━━━━━━━━╋━━━━━━━━━╋━━━━━━━━━┫',
      '┃外购电力  ┃3,648.2  ┃3,512.6  ┃72.4     ┃',
      '┃光伏自发电┃1,390.6  ┃1,104.8  ┃27.6     ┃',
      '┃合计      ┃5,038.8  ┃4,617.4  ┃100.0    ┃',
      '┗━━━━━━━━━━┻━━━━━━━━━┻━━━━━━━━━┻━━━━━━━━━┛',
      '',
    ].join('\n');
    expect(columnSums(text)).toEqual([
      [true, [50388000, 36482000, 13906000]],
      [true, [46174000, 35126000, 11048000]],
    ]);
    const shares = checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
    expect(shares).toContainEqual([true, [13906000, 50388000, 27.6]]);
  });
});
