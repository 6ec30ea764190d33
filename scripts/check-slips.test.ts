import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../shared/extraction/index';
import { describeFigures } from '../shared/metrics/index';
import { runChecks } from '../shared/checks/index';
import { defaultTexts, planted, tallySlips } from './check-slips';

// The held-out passages are reports as written (no slip planted): a rule that calls a miss a slip
// must find none there, and must catch most slips planted into the relations it finds.
const heldOut = defaultTexts().filter((f) => f.includes('generalisation'));

describe('slips planted in the relations the checks find', () => {
  it('plants a swap of the first adjacent differing digits, or a changed lone digit', () => {
    expect(planted('4,960个')).toBe('4,690个');
    expect(planted('98.5%')).toBe('89.5%');
    expect(planted('7 名')).toBe('1 名');
    expect(planted('1,000')).toBe('4,000');
  });

  it('calls no miss a slip in the held-out passages as written', () => {
    const slips = heldOut.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return runChecks([{ name: basename(file), text, figures: describeFigures(text, extractFigures(text)) }]).filter((c) => c.rule.endsWith('.one-slip'));
    });
    expect(slips.map((c) => `${c.figures[0]!.doc}: ${c.message}`)).toEqual([]);
  });

  it('catches at least 0.84 of the slips planted in them', { timeout: 120_000 }, () => {
    const { byRule } = tallySlips(heldOut);
    const all = [...byRule.values()].reduce((s, t) => ({ planted: s.planted + t.planted, caught: s.caught + t.caught }), { planted: 0, caught: 0 });
    expect(all.planted).toBeGreaterThan(300);
    expect(all.caught / all.planted).toBeGreaterThanOrEqual(0.84);
  });
});
