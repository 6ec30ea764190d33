import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string) =>
  [
    'Chief Executive’s introduction',
    '',
    letter,
    '',
    'Our year in numbers',
    '  - Patients treated: 1.42 million',
    '  - Volunteers in our hospitals: more than 2,400',
    '  - Research studies open: 186',
  ].join('\n');

describe('a bounded key figure of a labelled noun (`Volunteers in our hospitals: more than 2,400`) against the same number bounded the other way', () => {
  it('is flagged when the letter says `nearly`', () => {
    const text = report('In our hospitals, nearly 2,400 volunteers now give their time every week.');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.opposite-qualifiers', figures: [{ value: 2_400 }, { value: 2_400 }] }]);
  });

  it('holds when both say `more than`', () => {
    expect(mismatches(report('In our hospitals, more than 2,400 volunteers now give their time every week.'))).toEqual([]);
  });
});
