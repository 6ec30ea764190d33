import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';
import { scopeOf } from './scope';

describe('a scope cut short at the end of what is read for it', () => {
  it('takes its number from just after a table label read as `Scope` or `Total Scope 1 and`', () => {
    const text = 'Table 14: Greenhouse gas emissions (kt CO2e)\n                                   2022        2023\nScope 1                           1,318       1,287\nScope 2                           2,806       2,512\nTotal Scope 1 and 2               4,124       3,799\n';
    const scopes = describeFigures(text, extractFigures(text)).map((f) => [f.value, f.scope]);
    expect(scopes).toEqual([
      [1_318, 'scope 1'],
      [1_287, 'scope 1'],
      [2_806, 'scope 2'],
      [2_512, 'scope 2'],
      [4_124, 'scope 1,2'],
      [3_799, 'scope 1,2'],
    ]);
  });

  it('reads no further than its line, nor past a span that ends in no scope word', () => {
    expect(scopeOf('Scope\n1 tonne', 0, 5, 5)).toBeUndefined();
    expect(scopeOf('Emissions 1 and scope 2', 0, 10, 10)).toBeUndefined();
  });
});

describe('the scopes of a total\'s parts said after it, each with `of Scope N`', () => {
  const text = 'Operational emissions came to 14,760 tCO2e in 2024: 3,105 tCO2e of Scope 1 and 11,655 tCO2e of Scope 2, both lower than in 2023. Our Scope 1 and 2 emissions were 14,760 tCO2e.';
  const scopes = () => describeFigures(text, extractFigures(text)).map((f) => [f.value, f.scope]);

  it('are the scope each names after it, not one read back in the sentence', () => {
    expect(scopes().slice(0, 3)).toEqual([
      [14_760, undefined],
      [3_105, 'scope 1'],
      [11_655, 'scope 2'],
    ]);
  });

  it('read no thousands\' first digit as a scope\'s number (`Scope 1 and 11,655`)', () => {
    expect(scopeOf('of Scope 1 and 11,655 tCO2e', 0, 21, 21)).toBe('scope 1');
    expect(scopeOf('the Scope 1 and 2 total', 0, 17, 17)).toBe('scope 1,2');
    // (a scope's number ending its sentence is still its number: `came from Scope 2.`)
    expect(scopeOf('9,840 tCO2e came from Scope 2.', 0, 30, 0)).toBe('scope 2');
    expect(scopes()[3]).toEqual([14_760, 'scope 1,2']);
  });
});
