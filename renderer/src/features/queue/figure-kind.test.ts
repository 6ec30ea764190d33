import { describe, expect, it } from 'vitest';
import { figureKind } from './figure-kind';

const kind = (text: string, unit = '') => figureKind({ text, unit });

describe('figureKind', () => {
  it('reads money from a currency unit or a currency word in the text', () => {
    expect(kind('超188亿元', 'CNY')).toBe('money');
    expect(kind('US$2.5 billion', 'USD')).toBe('money');
    expect(kind('3.2亿元')).toBe('money');
  });

  it('reads percentages and percentage points', () => {
    expect(kind('80%', '%')).toBe('percentage');
    expect(kind('下降2.3个百分点', '个百分点')).toBe('percentage');
    expect(kind('百分之九十')).toBe('percentage');
  });

  it('reads emissions and other physical quantities from their units', () => {
    expect(kind('29591.48tCO2e', 'tCO2e')).toBe('physical');
    expect(kind('1,200 m³', 'm³')).toBe('physical');
    expect(kind('3.5万吨', '吨')).toBe('physical');
    expect(kind('120 MWh', 'MWh')).toBe('physical');
  });

  it('takes everything else for a count: people, items and the Chinese counted nouns', () => {
    expect(kind('550 million users', 'users')).toBe('count');
    expect(kind('三个', '个')).toBe('count');
    expect(kind('两种')).toBe('count');
    expect(kind('六大')).toBe('count');
  });
});
