import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

// A small table stating its scale only in its total row's label (`Total ('000s)`): the rows it adds up are in that scale
const table = (total: string) =>
  ['Customer accounts', '                           2024        2023', '  Residential            1,204.6     1,188.2', '  Business                  96.4        94.1', `  ${total}      1,301.0     1,282.3`, ''].join('\n');

describe("a total row's label stating a scale alone", () => {
  it("reads `000s` and `'000s` as thousands, as `000` and `'000` are", () => {
    expect(values(table("Total ('000s)"))).toContain(1_301_000);
    expect(values(table('Total (000s)   '))).toContain(1_301_000);
  });

  it('scales the rows above it that state nothing of their own', () => {
    expect(values(table("Total ('000s)"))).toEqual([1_204_600, 1_188_200, 96_400, 94_100, 1_301_000, 1_282_300]);
  });

  it('leaves the rows bare under a total stating no scale, or a unit of its own', () => {
    expect(values(table('Total          '))).toEqual([1_204.6, 1_188.2, 96.4, 94.1, 1_301, 1_282.3]);
    expect(values(table('Total (MWh)    ')).slice(0, 4)).toEqual([1_204.6, 1_188.2, 96.4, 94.1]);
  });
});
