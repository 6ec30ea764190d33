import { describe, expect, it } from 'vitest';
import { barCells, cellBarCount, hasCellBar, isCellBar, isRuleLine, isRuleOrDashLine, ungluedHeaderCells } from './table-cells';

describe('cell bars', () => {
  it('are the Markdown bar, the full-width bar and the box-drawn light, heavy and double bars', () => {
    for (const bar of ['|', '｜', '│', '┃', '║']) {
      expect(isCellBar(bar.charCodeAt(0))).toBe(true);
      expect(hasCellBar(`营业收入 ${bar} 12.3`)).toBe(true);
    }
    expect(isCellBar('/'.charCodeAt(0))).toBe(false);
    expect(hasCellBar('营业收入  12.3')).toBe(false);
  });

  it('are counted in a row', () => {
    expect(cellBarCount('│a │b │')).toBe(3);
    expect(cellBarCount('| 投向 ｜ 2023 |')).toBe(3);
    expect(cellBarCount('no bars')).toBe(0);
  });
});

describe('rule lines', () => {
  it('are Markdown rules, spaced or not, aligned or not', () => {
    expect(isRuleLine('|---|:---:|')).toBe(true);
    expect(isRuleLine('| --- | --- |')).toBe(true);
    expect(isRuleLine('  |:---|---:|')).toBe(true);
  });

  it('are box-drawn borders, light, heavy or double, and plain-text `+---+` borders', () => {
    for (const border of ['┌──┬──┐', '├──┼──┤', '└──┴──┘', '┏━━┳━━┓', '╠══╬══╣', '+---+---+', '──────']) expect(isRuleLine(border)).toBe(true);
  });

  it('are no rows of words or numbers', () => {
    expect(isRuleLine('| 营业收入 | 12.3 |')).toBe(false);
    expect(isRuleLine('│a │b │')).toBe(false);
    expect(isRuleLine('-12.3')).toBe(false);
    expect(isRuleLine('')).toBe(false);
  });

  it('are told from a line of dashes alone, which may part a text’s sections', () => {
    expect(isRuleLine('----------')).toBe(false);
    expect(isRuleOrDashLine('----------')).toBe(true);
    expect(isRuleOrDashLine('-----   -----')).toBe(true);
    expect(isRuleOrDashLine('|---|---|')).toBe(true);
    expect(isRuleOrDashLine('Scope 1 - direct')).toBe(false);
  });
});

describe('a row split at its bars', () => {
  it('gives each cell trimmed, with where it stands', () => {
    const line = '| 清洁能源产业 | 210.2 |';
    expect(barCells(line)).toEqual([
      { text: '清洁能源产业', start: 2, end: 8 },
      { text: '210.2', start: 11, end: 16 },
    ]);
    expect(barCells(line, 100).map((c) => c.start)).toEqual([102, 111]);
  });

  it('keeps a blank cell between two bars, so the columns stay in place', () => {
    expect(barCells('| Scope 3 |  | 1,204 |').map((c) => c.text)).toEqual(['Scope 3', '', '1,204']);
    expect(barCells('| a |  | b |')[1]).toEqual({ text: '', start: 7, end: 7 });
  });

  it('takes what stands before the first bar or after the last only when it is not blank', () => {
    expect(barCells('Binjiang Airport | 33.13 | 1,648').map((c) => c.text)).toEqual(['Binjiang Airport', '33.13', '1,648']);
    expect(barCells('  | a | b |  ').map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('splits box-drawn and full-width rows alike', () => {
    expect(barCells('│营业收入 │12.3 │').map((c) => c.text)).toEqual(['营业收入', '12.3']);
    expect(barCells('┃营业收入┃12.3┃').map((c) => c.text)).toEqual(['营业收入', '12.3']);
    expect(barCells('营业收入｜12.3').map((c) => c.text)).toEqual(['营业收入', '12.3']);
    expect(barCells('║营业收入 ║12.3 ║').map((c) => c.text)).toEqual(['营业收入', '12.3']);
  });
});

describe('a header year glued to the next column\'s name', () => {
  it('is parted when that gives the header the width of the row under it', () => {
    expect(ungluedHeaderCells(['Route', '2024', 'Share (%)', '2023 Change (%)'], 5)).toEqual(['Route', '2024', 'Share (%)', '2023', 'Change (%)']);
    expect(ungluedHeaderCells(['Site', 'FY2024 Share'], 3)).toEqual(['Site', 'FY2024', 'Share']);
  });

  it('parts two percentage columns` names glued by one space', () => {
    expect(ungluedHeaderCells(['Segment', 'FY2024', 'FY2023', 'Share % Change %'], 5)).toEqual(['Segment', 'FY2024', 'FY2023', 'Share %', 'Change %']);
    expect(ungluedHeaderCells(['项目', '2024年', '2023年', '占比(%) 同比(%)'], 5)).toEqual(['项目', '2024年', '2023年', '占比(%)', '同比(%)']);
    expect(ungluedHeaderCells(['Segment', 'FY2024', 'Share of total %'], 4)).toBeUndefined();
  });

  it('parts them over a row one cell wider when the header leaves the label column blank', () => {
    expect(ungluedHeaderCells(['2024', '2023', 'Share (%) Change (%)'], 5, true)).toEqual(['2024', '2023', 'Share (%)', 'Change (%)']);
    expect(ungluedHeaderCells(['2024', '2023', 'Share (%) Change (%)'], 5)).toBeUndefined();
  });

  it('is one column when the header is as wide as the row, or parting it gives no match', () => {
    expect(ungluedHeaderCells(['Metric', '2023', '2024 target'], 3)).toBeUndefined();
    expect(ungluedHeaderCells(['Metric', '2023', '2024 target'], 5)).toBeUndefined();
    expect(ungluedHeaderCells(['Metric', '2024 vs 2023'], 3)).toBeUndefined();
  });
});
