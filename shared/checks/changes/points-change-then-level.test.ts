import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a logistics firm's report: the points said before the level they changed to (`increased 2.1 percentage points to 38.4%`),
// no share said as the year before's; the key figures give the share's two years
const report = (sentence: string) =>
  [
    '4. Our people',
    '',
    `We promoted 212 colleagues during the year. ${sentence}, and every depot now has a trained first-aider.`,
    '',
    'Key figures                             Unit       FY2024      FY2023',
    'Employees                               number      5,406       5,118',
    'Women in management                     %            38.4        36.3',
    'Lost-time injury rate                   per 1m h     1.92        2.14',
  ].join('\n');

const points = (sentence: string) => checksOf('change', report(sentence)).filter((c) => c.rule === 'change.percentage-points-against-table');

describe('points said before the level they changed to (`rose 5.4 percentage points to 26.2%`)', () => {
  it('recomputes the points against the row the subject names', () => {
    expect(points('Women in management increased 2.1 percentage points to 38.4%')).toMatchObject([{ holds: true }]);
  });

  it('flags points whose direction turned against the row (`fell 2.1 percentage points to 38.4%` where it rose)', () => {
    expect(points('Women in management fell 2.1 percentage points to 38.4%')).toMatchObject([{ holds: false }]);
  });

  it('reads no level after `to` that is not right after the points', () => {
    expect(points('Women in management increased 2.1 percentage points, which brought the level close to 38.4%')).toEqual([]);
  });
});
