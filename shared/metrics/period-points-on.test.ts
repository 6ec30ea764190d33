import { describe, expect, it } from 'vitest';
import { periodOf } from './period';

const periodAt = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return periodOf(sentence, 0, sentence.length, start, start + figure.length);
};

describe('a year a change in points is said on', () => {
  it('is the base of the change, not the period of the level before it', () => {
    expect(periodAt('Our recycled water share reached 36.2%, up 2.7 percentage points on 2023.', '36.2%')).toBeUndefined();
    expect(periodAt('Our recycled water share reached 36.2%, up 2.7 pp on FY2023.', '36.2%')).toBeUndefined();
    expect(periodAt('In 2024 our recycled water share reached 36.2%, up 2.7 percentage points on 2023.', '36.2%')).toBe('In 2024');
  });
});

describe('a year a rate is said on, before a figure of a later clause', () => {
  // (`up 8.6% on 2023, and exports earned …`: the year is the rate's base, not the period of the clause after it)
  it('is not the period of the figures said after it', () => {
    expect(periodAt('In 2024 our sales reached EUR 86.4 million, up 5.1% on 2023, and online orders brought in EUR 21.7 million.', 'EUR 21.7 million')).toBe('In 2024');
    expect(periodAt('Sales reached EUR 86.4 million, up 5.1% on 2023, and online orders brought in EUR 21.7 million.', 'EUR 21.7 million')).toBeUndefined();
  });
});

describe('a year of the figure a change is said on (`up 4.1% on the 3,410 beds of 2023`)', () => {
  it('is that figure\'s, not the period of the figure before the change', () => {
    expect(periodAt('Occupied bed nights reached 3,550 thousand, up 4.1% on the 3,410 thousand of 2023.', '3,550 thousand')).toBeUndefined();
    expect(periodAt('Occupied bed nights reached 3,550 thousand, up 4.1% on the 3,410 thousand of 2023.', '3,410 thousand')).toBe('2023');
    expect(periodAt('Hire income was NZD 48.2 million, up 6.1% on NZD 45.4 million in 2023.', 'NZD 48.2 million')).toBeUndefined();
    expect(periodAt('In FY2024 water use was 61,200 m3, down 2.2% on the 62,580 m3 of FY2023.', '61,200 m3')).toBe('FY2024');
  });
});

describe('a year the rate itself is said on (`it rose 11.3% on FY2024`)', () => {
  it('is the rate`s base, not its period', () => {
    expect(periodAt('Visual effects earned NZ$21.84 million; it rose 11.3% on FY2024, and episodic work grew.', '11.3%')).toBeUndefined();
    expect(periodAt('Revenue rose 6.2% on 2023.', '6.2%')).toBeUndefined();
    expect(periodAt('Revenue rose 6.2% in 2024.', '6.2%')).toBe('in 2024');
  });
});
