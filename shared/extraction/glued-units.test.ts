import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.unit}`);

describe('a lower-case g glued to a number', () => {
  it('is grams', () => {
    expect(read('customers bringing their own cups are eligible for 30g green energy; 每杯节约30g。')).toEqual(['30g|g', '30g|g']);
  });
  it('is no unit when it names a network generation or a rate, or stands apart', () => {
    expect(read('5G network, 4G base stations, 5Gbps links, 5g网络 and 3 g below')).toEqual([]);
  });
});

describe('a lower-case p glued to a number', () => {
  it('is pence beside a pound sign in its sentence', () => {
    expect(read('Administration costs were kept to 7p in every £1 donated.')).toEqual(['7p|GBp']);
  });
  it('is no unit elsewhere', () => {
    expect(read('Watch it in 1080p. See p10.')).toEqual([]);
  });
});
