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

describe('an L glued to a number', () => {
  it('is litres in a rate', () => {
    expect(read('WUE 值可达到 0.45L/Kwh，比传统冷却塔方案用水量节省 80% 以上。')).toEqual(['0.45L/Kwh|L', '80%|%']);
  });
  it('is no unit alone, where it may be a size or a code', () => {
    expect(read('a 5L bottle')).toEqual([]);
  });
});
