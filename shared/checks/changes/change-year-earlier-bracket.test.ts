import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (rate: string) =>
  `At the end of the year the trust employed 6,240 people: 4,210 nurses, ${rate}% more than a year earlier (4,002), and 2,030 support staff.`;

describe('a rate `more than a year earlier (N)`, the year before\'s figure in brackets', () => {
  it('is the change from the bracketed figure (4,002 -> 4,210 is +5.2%)', () => {
    const changes = (rate: string) => checksOf('change', report(rate)).filter((c) => c.rule === 'change.new-rate-old');
    expect(changes('5.2')).toMatchObject([{ holds: true, figures: [{ value: 4002, role: 'old' }, { value: 4210, role: 'new' }, { value: 5.2 }] }]);
    expect(changes('2.5')).toMatchObject([{ holds: false, stated: 2.5 }]);
  });

  it('leaves the bracketed figure out of this year\'s parts (4,210 + 2,030 = 6,240)', () => {
    const sums = checksOf('sum', report('5.2'));
    expect(sums.filter((c) => !c.holds)).toEqual([]);
    expect(sums).toMatchObject([{ holds: true, expected: 6240 }]);
  });

  it('is read on its own figures, not on a key-figures row of the whole it is a part of', () => {
    const text = `${report('5.2')}\n\nKey figures\n\nIndicator            Unit         2024        2023\nEmployees            persons     6,240       6,020\nBeds                 number      1,120       1,096\n`;
    expect(checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year')).toEqual([]);
  });
});
