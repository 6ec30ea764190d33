import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a from-to pair, then a clause of another subject with its own rate (`…, while exports grew 9%`)', () => {
  it('does not take the other subject\'s rate as the pair\'s change', () => {
    const text = 'Domestic volumes increased from 4,150 tonnes to 4,420 tonnes, while export volumes grew 11.5% to 1,960 tonnes.';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.from-to')).toEqual([]);
  });

  it('reads a subject with a scope\'s numbers in it (`, and our Scope 1 and 2 emissions fell 2.3%`)', () => {
    const text = 'Water per hectolitre came down from 3.42 litres to 3.18 litres, and our Scope 1 and 2 emissions fell 4.6%.';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.from-to')).toEqual([]);
  });

  it('still checks a rate said of the pair itself after a comma', () => {
    const text = 'Domestic volumes increased from 4,150 tonnes to 4,420 tonnes, and so grew 11.5%.';
    expect(checksOf('change', text).filter((c) => c.rule === 'change.from-to')).toMatchObject([{ holds: false, figures: [{ value: 4_150 }, { value: 4_420 }, { value: 11.5 }] }]);
  });
});
