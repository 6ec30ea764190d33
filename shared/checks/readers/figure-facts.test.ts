import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../extraction/index';
import { describeFigures } from '../../metrics/index';
import { figureFact, isTableFigure } from './figure-facts';

const doc = (text: string) => ({ name: 'r.txt', text, figures: describeFigures(text, extractFigures(text)) });

describe('isTableFigure', () => {
  const report = doc('Indicator\t2023\t2022\nWater withdrawn (ML)\t1,284\t1,317\n\nWe withdrew 1,284 ML of water in 2023.\n');
  const at = (text: string, nth = 0) => {
    const index = report.figures.map((f, i) => [f, i] as const).filter(([f]) => f.text.startsWith(text))[nth]![1];
    return { doc: report, figure: report.figures[index]!, index };
  };

  it('reads a table cell and a running-text figure, and answers the same when asked again', () => {
    expect(isTableFigure(at('1,284'))).toBe(true);
    expect(isTableFigure(at('1,284', 1))).toBe(false);
    expect(isTableFigure(at('1,284'))).toBe(true);
    expect(isTableFigure(at('1,284', 1))).toBe(false);
  });

  it('reads afresh a figure that is not the document’s own at its index', () => {
    const cell = at('1,284');
    const text = at('1,284', 1);
    expect(isTableFigure({ ...text, figure: cell.figure })).toBe(true);
  });

  it('asks a fact once per figure of a document, and again of a figure that is no longer its own', () => {
    let asked = 0;
    const fact = figureFact(() => (asked++, true));
    fact(at('1,284'));
    fact(at('1,284'));
    expect(asked).toBe(1);
    fact({ ...at('1,284', 1), figure: { ...at('1,284', 1).figure } });
    fact({ ...at('1,284', 1), figure: { ...at('1,284', 1).figure } });
    expect(asked).toBe(3);
  });
});
