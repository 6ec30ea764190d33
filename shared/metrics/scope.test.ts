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
