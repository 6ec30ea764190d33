import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.scoped-parts').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a total said right after its scopes', () => {
  it('adds up the scopes before it, though the scope just before reads as its own (English)', () => {
    const text = 'Our Scope 1 emissions were 18,640 tCO2e and our Scope 2 emissions 286,920 tCO2e, a total of 305,560 tCO2e. We have set a target.';
    expect(sums(text)).toEqual([[true, [305_560, 18_640, 286_920]]]);
  });

  it('calls scopes that do not add up to it a mismatch (Chinese)', () => {
    const text = '范围一排放为18,460吨二氧化碳当量，范围二排放为286,920吨二氧化碳当量，合计305,560吨二氧化碳当量。';
    expect(sums(text)).toEqual([[false, [305_560, 18_460, 286_920]]]);
  });
});
