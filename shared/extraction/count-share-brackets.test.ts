import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// `Of the 42 directors, 11 (26.2%) are women`: a bare count with its share in brackets right after it is
// a part of the set its sentence counted before it, and counts what that set counted.

const units = (text: string): Array<[number, string]> => extractFigures(text).map((f) => [f.value, f.unit]);

describe('a bare count before its share in brackets', () => {
  it('counts what the count before it in its sentence counted', () => {
    expect(units('Across our 64 schools, 51 (79.7%) now run a breakfast club.')).toEqual([[64, 'schools'], [51, 'schools'], [79.7, '%']]);
  });

  it('so does a second part after `and`, past the first part and its share, the line wrapped before its bracket', () => {
    expect(units('Of the 320 suppliers audited, 288 (90.0%) passed first time and 24\n(7.5%) after corrective action.')).toEqual([
      [320, 'suppliers'],
      [288, 'suppliers'],
      [90, '%'],
      [24, 'suppliers'],
      [7.5, '%'],
    ]);
  });

  it('takes no amount of money or measure for its noun, nor a count across a sentence', () => {
    expect(units('Revenue was HK$6.8 billion, and 11 (26.2%) of our routes made a loss.')).toEqual([[6.8e9, 'HKD'], [26.2, '%']]);
    expect(units('We run 64 schools. In 2023, 51 (79.7%) had a breakfast club.')).toEqual([[64, 'schools'], [79.7, '%']]);
  });
});
