import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a vets' practice group: the letter bounds its clinics with the noun left out, the key figures count them at year end
const report = (letter: string) =>
  [
    'From our chief executive',
    '',
    letter,
    '',
    'Our vets and nurses looked after more pets than ever, and our new out-of-hours service answered calls through the night.',
    'We trained our first cohort of nurse apprentices, and we moved two of our older clinics into larger premises nearby.',
    '',
    'Key figures                       Unit            2024        2023',
    'Clinics at year end               number            79          72',
    'Revenue                           GBP thousand  64,200      59,800',
  ].join('\n');

describe('a bound whose noun its clause leaves out (`we opened six clinics and now run more than 80`)', () => {
  it('is flagged against the count of that noun at year end', () => {
    const checks = mismatches(report('In 2024 we opened six clinics and now run more than 80, and our revenue grew 7.4% to £64.2 million.'));
    expect(checks).toMatchObject([{ rule: 'consistency.same-metric' }]);
    expect(checks[0]!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([80, 79]));
  });

  it('holds when the bound is borne out', () => {
    expect(mismatches(report('In 2024 we opened six clinics and now run nearly 80, and our revenue grew 7.4% to £64.2 million.'))).toEqual([]);
  });
});
