import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { pairCheck } from '../consistency/pair-check';
import { staleRowFigures } from '../consistency/table-total-restatements';
import { asCheckFigure, type Check, type DocFigure } from '../types';
import { failingChecks } from './failing-checks';
import { figureId } from './figure-places';

const figuresOf = (name: string, text: string): DocFigure[] => {
  const doc = checkDoc(name, text);
  return doc.figures.map((figure, index) => ({ doc, figure, index }));
};
const place = (f: DocFigure) => figureId(f.doc.name, f.figure.start);
/** One disagreement over all the figures given, as a long column's sum is. */
const failingOver = (at: DocFigure[], holds = false): Check => ({ ...pairCheck(at[0]!, at[1]!, 'same.differ'), holds, figures: at.map((f) => asCheckFigure(f, 'mention')) });

describe('what the failing checks already set against a figure', () => {
  const [a, b, c, d] = figuresOf('r.txt', 'Waste 120 tonnes, water 340 m3, power 560 MWh, gas 120 m3.');

  it('pairs two figures one failing check holds, and no figure of a holding check', () => {
    const failing = failingChecks([failingOver([a!, b!]), failingOver([c!, d!], true)]);
    expect(failing.together(place(a!), place(b!))).toBe(true);
    expect(failing.together(place(b!), place(a!))).toBe(true);
    expect(failing.together(place(a!), place(c!))).toBe(false);
    expect(failing.together(place(c!), place(d!))).toBe(false);
  });

  it('tells a value another figure of the check has, not the figure\'s own', () => {
    const failing = failingChecks([failingOver([a!, b!, c!])]);
    expect(failing.againstValue(place(a!), 340)).toBe(true);
    expect(failing.againstValue(place(a!), 120)).toBe(false);
    expect(failing.againstValue(place(d!), 340)).toBe(false);
  });

  it('reads a check of 10,000 figures per figure asked, without a set of every pair or value', () => {
    const many = figuresOf('sites.txt', Array.from({ length: 10_000 }, (_, i) => `Site ${i + 1} recycled ${100 + ((i * 137) % 9000)} tonnes.`).join('\n'));
    const started = performance.now();
    const failing = failingChecks([failingOver(many)]);
    expect(failing.together(place(many[0]!), place(many.at(-1)!))).toBe(true);
    expect(many.slice(0, 50).every((f) => failing.againstValue(place(f), many.at(-1)!.figure.value))).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("last year's row figure beside a failing check of thousands of figures", () => {
  it('is still found, and the checks it skips are read per figure asked (a set of values per figure took 30 s at 22,800)', () => {
    const lines = Array.from({ length: 7_000 }, (_, i) => `Site ${i + 1} recycled ${100 + ((i * 137) % 9000)} tonnes of waste.`);
    const text = `Our clinics saw 2.14 million patient visits this year.\n\n${lines.join('\n')}\n\nKey figures\n\nIndicator                    Unit            2024        2023\nPatient visits               thousand     2,226.0     2,138.6\n`;
    const at = figuresOf('r.txt', text);
    const started = performance.now();
    const stale = staleRowFigures([at[0]!.doc], [failingOver(at.filter((f) => f.figure.value !== 2_140_000))]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(stale.map((c) => c.figures.map((f) => f.value))).toEqual([[2_140_000, 2_226_000]]);
  });
});
