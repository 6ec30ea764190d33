import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string): Array<[number, string]> => extractFigures(text).map((f) => [f.value, f.unit]);

describe('a bare number a rate of change compares its figure with (`2.7% more than the 410`)', () => {
  it('counts what the figure before the rate counted', () => {
    expect(units('The trust ran 96 clinics in 2024, 4.3% more than the 92 of a year earlier.')).toEqual([[96, 'clinics'], [4.3, '%'], [92, 'clinics']]);
    expect(units('We logged 57 spills, 12.3% fewer than\n65 the year before.')).toEqual([[57, 'spills'], [12.3, '%'], [65, 'spills']]);
  });

  it('counts it after a rise or a fall said `from` or `on` it (`up 6.0% from 350`)', () => {
    expect(units('The charity trained 371 volunteers, up 6.0% from 350.')).toEqual([[371, 'volunteers'], [6, '%'], [350, 'volunteers']]);
    expect(units('Our barges made 1,168 crossings, down 2.4% on the 1,197 of 2023.')).toContainEqual([1197, 'crossings']);
    expect(units('Our barges made 1,168 crossings, 2.4% of them at night, from 1,197 a year earlier.')).not.toContainEqual([1197, 'crossings']);
  });

  it('leaves a bound with no rate, and a figure past the clause, alone', () => {
    expect(units('We ran 96 clinics; demand was 4.3% more than the 92 forecast.')).not.toContainEqual([92, 'clinics']);
    expect(units('We ran 96 clinics, more than the 92 of 2023.')).not.toContainEqual([92, 'clinics']);
    expect(units('Our clinics saw 9,600 patients, 2.5% more than 2023.')).not.toContainEqual([2023, 'patients']);
  });
});
