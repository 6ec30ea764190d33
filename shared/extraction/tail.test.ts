import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${text.slice(f.start, f.end)}|${f.value}|${f.unit}|${f.qualifier}`);

describe('a number followed by a plus', () => {
  it('takes the counted noun or unit after the plus', () => {
    expect(read('Benefit 4000+ employees. 70%+ coverage rate.')).toEqual(['4000+|4000|employees|over', '70%+|70|%|over']);
    expect(read('4000+ 员工受惠，70%+ 覆盖率')).toEqual(['4000+ 员工|4000|员工|over', '70%+|70|%|over']);
  });

  it('is an age group when years old follow the plus', () => {
    expect(read('30-40 years old\n\n40+ years old\n\n50+ years old\n\n50%')).toEqual(['50%|50|%|exact']);
  });

  it('is still the sign of a number glued after it', () => {
    expect(read('Revenue\t28.0\t+66.1%')).toEqual(['28.0|28||exact', '66.1%|66.1|%|exact']);
  });
});

describe('words after a number that qualify the number after them', () => {
  it('leaves `and above` before another figure to that figure (`up 6.1% and above RMB2 billion`)', () => {
    expect(read('revenue of RMB2.35 billion, up 6.1% and above RMB2 billion for the first time')).toEqual([
      'RMB2.35 billion|2350000000|CNY|exact',
      '6.1%|6.1|%|exact',
      'RMB2 billion|2000000000|CNY|exact',
    ]);
  });

  it('still reads `and above` closing its own figure', () => {
    expect(read('We hired 120 people and above our plan.').at(0)?.split('|').at(-1)).toBe('over');
  });
});
