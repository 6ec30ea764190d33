import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A change said over the new value as written instead of the old (the wrong base), whose inputs end in a zero: the rounding
// the zeros allow would reach the wrong rate, yet the values as written give the right one, and the rate is the other's.
const changes = (text: string) => checksOf('change', text).map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('a Chinese fall said over the new value (`柴油消耗3,110吨，较上年的3,260吨下降4.8%`)', () => {
  // a cement plant's energy section: 150 over 3,110 is 4.82%, over 3,260 it is 4.60%
  const plant = (rate: string) => `二、能源管理\n\n2024年，工厂优化窑头燃烧系统，柴油消耗3,110吨，较上年的3,260吨下降${rate}%。`;

  it('flags 4.8%, the fall over the new value', () => {
    expect(changes(plant('4.8'))).toEqual([[false, [3260, 3110, 4.8]]]);
  });

  it('holds 4.6%, the fall over the old value', () => {
    expect(changes(plant('4.6'))).toEqual([[true, [3260, 3110, 4.6]]]);
  });
});

describe('an English rise said over the new value (`rose from 2,150 MWh to 2,260 MWh, an increase of 4.9%`)', () => {
  // a dairy's report: 110 over 2,260 is 4.87%, over 2,150 it is 5.12%
  const dairy = (rate: string) => `Energy\n\nElectricity bought for the cold stores rose from 2,150 MWh to 2,260 MWh, an increase of ${rate}%, as the new freezer hall opened.\n`;

  it('flags 4.9%, the rise over the new value', () => {
    expect(changes(dairy('4.9'))).toEqual([[false, [2150, 2260, 4.9]]]);
  });

  it('holds 5.1%, the rise over the old value', () => {
    expect(changes(dairy('5.1'))).toEqual([[true, [2150, 2260, 5.1]]]);
  });
});
