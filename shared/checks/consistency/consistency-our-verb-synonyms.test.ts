import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a valve maker's chief executive bounds its output with another verb than its key table's row, or another bound
const report = (letter: string, row = 'Valves produced') =>
  [
    'Chief Executive\'s review',
    '',
    `Demand from water utilities held up well. ${letter}, and our order book is full into next year.`,
    '',
    'Key figures',
    '',
    'Indicator                 Unit          2024        2023',
    `${row.padEnd(26)}thousand      486.2       471.5`,
    'Employees                 people        1,214       1,180',
  ].join('\n');

const slips = (letter: string, row?: string) => checksOf('consistency', report(letter, row)).filter((c) => !c.holds);

describe('a bound the report says it did itself, in a verb the row says otherwise (`We manufactured nearly 480 thousand valves`, `Valves produced`)', () => {
  it('turned against the row, it is a slip', () => {
    expect(slips('We manufactured nearly 480 thousand valves')).toHaveLength(1);
    expect(slips('We made well over 490 thousand valves', 'Valve output')).toHaveLength(1);
    expect(slips('We shipped close to 480 thousand valves', 'Valves shipped')).toHaveLength(1);
  });

  it('bounding it right, it is none', () => {
    expect(slips('We manufactured nearly 490 thousand valves')).toEqual([]);
    expect(slips('We made well over 480 thousand valves', 'Valve output')).toEqual([]);
    expect(slips('We shipped close to 490 thousand valves', 'Valves shipped')).toEqual([]);
  });
});
