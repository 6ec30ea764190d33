import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const rates = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a school trust's report: emissions per pupil hold over the year's emissions and pupils; emissions per employee, said
// after them of the same emissions, are over the one number of employees the report gives
const trust = (perEmployee: string) =>
  [
    'At a glance',
    'Pupils: 12,400',
    'Employees: 910',
    '',
    '1. Carbon',
    '',
    'Our academies emitted 6,448 tCO2e of Scope 1 and 2 emissions in 2024, 5.2% less than in 2023.',
    `Scope 1 and 2 emissions per pupil fell to 0.52 tCO2e (2023: 0.55). Emissions per employee were ${perEmployee} tCO2e.`,
    '',
    '2. People',
    '',
    'Of our 910 employees, 604 are teachers.',
  ].join('\n');

describe('a rate per one thing counted beside a rate of the same emissions per another', () => {
  it('holds over the emissions its neighbour divides and the one count of its thing', () => {
    expect(rates(trust('7.09'))).toEqual([
      [true, [6_448, 12_400, 0.52]],
      [true, [6_448, 910, 7.09]],
    ]);
  });

  it('is their mismatch when they do not give it', () => {
    expect(rates(trust('8.10'))).toContainEqual([false, [6_448, 910, 8.1]]);
  });

  it('reads nothing when its words name other emissions than its neighbour', () => {
    expect(rates(trust('8.10').replace('Emissions per employee', 'Scope 3 emissions per employee'))).toEqual([[true, [6_448, 12_400, 0.52]]]);
  });
});
