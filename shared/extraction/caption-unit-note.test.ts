import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// a coal miner's table: its caption states the unit, then, after a comma, what the tonnes are counted as
const table = (unit: string) =>
  [`表1：原煤产量按矿井划分（单位：${unit}）`, '', '矿井                 2024年     2023年', '东风井                 412.6      398.1', '红旗井                 286.0      301.4', ''].join('\n');

describe('a caption unit with a note after its comma (`（单位：万吨，按实物量计）`)', () => {
  it('gives the cells the unit, the note none of its own', () => {
    const figures = extractFigures(table('万吨，按实物量计'));
    expect(figures.map((f) => f.unit)).toEqual(['t', 't', 't', 't']);
    expect(figures.map((f) => f.value)).toEqual([4_126_000, 3_981_000, 2_860_000, 3_014_000]);
  });

  it('reads a list of units after the label as before (`万元，%`)', () => {
    expect(extractFigures(table('万元，%')).map((f) => f.unit)).toEqual(['CNY', 'CNY', 'CNY', 'CNY']);
  });
});
