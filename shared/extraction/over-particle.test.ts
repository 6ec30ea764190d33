import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const qualifiers = (text: string) => extractFigures(text).map((f) => [f.text, f.qualifier] as const);

describe('`over` as the particle of a verb, not a bound', () => {
  it('reads `turned over 6.5 times` and `handed over 840 homes` as exact', () => {
    expect(qualifiers('Stock turned over 6.5 times in the year, and we handed over 840 homes to buyers.')).toEqual([
      ['6.5 times', 'exact'],
      ['840', 'exact'],
    ]);
  });

  it('still reads `over` before a number after other verbs as a bound', () => {
    expect(qualifiers('We planted over 12,000 trees and cut waste by over 20%.')).toEqual([
      ['12,000', 'over'],
      ['20%', 'over'],
    ]);
  });
});
