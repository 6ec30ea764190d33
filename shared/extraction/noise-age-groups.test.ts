import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string): string[] => extractFigures(text).map((f) => f.text);

describe('a number after people and over, under or aged', () => {
  it('is their age, an age group, no count', () => {
    expect(texts('More than 2 million people over 60 learned to pay by phone; users over 60 accounted for 12%; users under 18 are protected.')).toEqual(['2 million', '12%']);
  });
  it('leaves counts and durations after over', () => {
    expect(texts('We hired over 60 people and served 300 people over 60 days.')).toEqual(['60', '300', '60 days']);
  });
  it('is an age after aged and a comparison, whatever the noun before', () => {
    expect(texts('Population aged over 50\nAlipay partnered with the Elderly University')).toEqual([]);
    expect(texts('staff aged under 30 rose to 412 people')).toEqual(['412']);
  });
});
