import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a chain of fitness studios: the letter bounds its studios with the noun left out, the section counts them as the year closed
const report = (letter: string) =>
  [
    'From our chief executive',
    '',
    letter,
    '',
    'Our members trained more often than ever, and our new app booked classes for them around the clock.',
    '',
    '1. Our studios',
    '',
    'We ended 2024 with 89 studios, against 83 a year earlier: we opened six and sold none.',
  ].join('\n');

describe('a count the report closed its year with, said in its noun alone (`We ended 2024 with 148 shops`)', () => {
  it('is flagged against a bound of its noun that it turns', () => {
    const checks = mismatches(report('In 2024 we opened six studios and now run more than 90, and our membership grew 8.1%.'));
    expect(checks).toMatchObject([{ rule: 'consistency.same-metric' }]);
    expect(checks[0]!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([90, 89]));
  });

  it('says nothing of a bound it bears out', () => {
    expect(mismatches(report('In 2024 we opened six studios and now run nearly 90, and our membership grew 8.1%.'))).toEqual([]);
  });
});
