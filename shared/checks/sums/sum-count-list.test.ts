import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (wastewater: string) =>
  `We operate 126 plants across the Greater Bay Area, East China and Central China: 84 water treatment works and ${wastewater} wastewater treatment plants.`;

describe('a count broken down after a colon into counts of other nouns', () => {
  it('adds the list `and` closes up to the count', () => {
    expect(sums(text('42'))).toEqual([[true, [126, 84, 42]]]);
    expect(sums(text('24'))).toEqual([[false, [126, 84, 24]]]);
  });

  it('says nothing of counts of other nouns the colon does not open as a list of it', () => {
    expect(sums('We operate 126 plants, 84 water treatment works and 24 wastewater treatment plants among them.')).toEqual([]);
  });
});
