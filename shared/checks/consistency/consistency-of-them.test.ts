import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a boatyard's report: the letter counts its boats back at the sentence's subject (`… of them`), its section and key figures by name
const report = (letter: string) =>
  [
    'A word from our founder',
    '',
    letter,
    '',
    'Our yard sits on the river where our grandparents built fishing boats, and many of our shipwrights trained here as apprentices.',
    'We kept investing in the yard, in a new paint shop and a covered slipway, and in training the people who will build our next boats.',
    '',
    '2. Production',
    '',
    'We built 1,460 boats in 2024, 6.1% more than the 1,376 of 2023.',
    '',
    'Key figures                       Unit            2024        2023',
    'Boats built                       number         1,460       1,376',
  ].join('\n');

describe('a bare count said `N of them` counts its sentence\'s subject (`Boats have been built here since 1890, and … 1,640 of them`)', () => {
  it('is flagged against the count of that thing said elsewhere', () => {
    const checks = mismatches(report('Boats have been built on this river since 1890, and in 2024 we built more than 1,500 of them.'));
    expect(checks).toMatchObject([{ rule: 'consistency.same-metric' }]);
    expect(checks[0]!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1_500, 1_460]));
  });

  it('holds when the bound is borne out, and leaves a sentence opening with no plural subject alone', () => {
    expect(mismatches(report('Boats have been built on this river since 1890, and in 2024 we built nearly 1,500 of them.'))).toEqual([]);
    expect(mismatches(report('Our river has seen boats built since 1890, and in 2024 we built more than 1,500 of them.'))).toEqual([]);
  });
});
