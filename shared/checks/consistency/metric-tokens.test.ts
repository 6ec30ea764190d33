import { describe, expect, it } from 'vitest';
import { metricTokens, nounKey, sameMetric, sameNoun } from './metric-tokens';

describe('a metric`s words in their forms', () => {
  it('reads a verb of drawing, its past forms and its noun as one word: `we withdrew`, `water withdrawn`, `withdrawals`', () => {
    expect(['We withdrew', 'Water withdrawn', 'Total withdrawals', 'withdrawing'].map((m) => metricTokens(m))).toEqual([['withdraw'], ['water', 'withdraw'], ['withdraw'], ['withdraw']]);
    expect(sameMetric(metricTokens('Water withdrawn'), metricTokens('water withdrawals'))).toBe(true);
  });

  it('keeps words that only end alike apart (`renewable` is no `renewal`, `capital` keeps its -al)', () => {
    expect(['Contract renewals', 'Renewable energy', 'Working capital'].map((m) => metricTokens(m))).toEqual([['contract', 'renew'], ['renewable', 'energ'], ['work', 'capital']]);
  });

  it('reads a possessive as its noun: `Canada\'s three mills` names the row `Canada`', () => {
    expect(metricTokens("Canada's three mills")).toEqual(metricTokens('Canada three mills'));
    expect(metricTokens('our suppliers’ sites')).toEqual(metricTokens('our suppliers sites'));
  });
});

describe('greenhouse gas and its abbreviation', () => {
  it('name one quantity: `Greenhouse gas emissions` and `GHG emissions`', () => {
    expect(metricTokens('Greenhouse gas emissions')).toEqual(metricTokens('GHG emissions'));
    expect(metricTokens('greenhouse-gas emissions intensity')).toEqual(metricTokens('GHG emissions intensity'));
  });

  it('says both words when a metric says one of them: `GHG per tonne` and `Emissions per tonne` are one intensity', () => {
    expect(new Set(metricTokens('GHG per tonne'))).toEqual(new Set(metricTokens('Emissions per tonne')));
    expect(sameMetric(metricTokens('GHG per tonne'), metricTokens('Emissions per tonne'))).toBe(true);
  });
});

describe('two counted nouns alike', () => {
  it('tells them alike token by token, as their keys would (`Volunteers` / `volunteers`, not `Registered volunteers`)', () => {
    const nouns = ['Volunteers', 'volunteers', 'Registered volunteers', 'registered  volunteers', '', 'the'];
    for (const a of nouns) for (const b of nouns) expect(sameNoun(a, b)).toBe(nounKey(a) === nounKey(b));
    expect(sameNoun('Volunteers', 'volunteers')).toBe(true);
    expect(sameNoun('Registered volunteers', 'volunteers')).toBe(false);
  });
});
