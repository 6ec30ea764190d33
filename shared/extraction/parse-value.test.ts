import { describe, expect, it } from 'vitest';
import { parseFigureValue, toGoldRecord } from './index';

describe('parseFigureValue', () => {
  it.each([
    ['超过4500万户', { value: 45_000_000, unit: '户', qualifier: 'over' }],
    ['RMB 30,000 to 40,000', { value: 30_000, valueMax: 40_000, unit: 'CNY', qualifier: 'exact' }],
    ['80%', { value: 80, unit: '%', qualifier: 'exact' }],
    ['1.2 GWh', { value: 1.2, unit: 'GWh', qualifier: 'exact' }],
    ['约 787.7 万吨', { value: 7_877_000, unit: 't', qualifier: 'about' }],
    ['近千万', { value: 10_000_000, unit: '', qualifier: 'nearly' }],
    ['US$2 billion', { value: 2e9, unit: 'USD', qualifier: 'exact' }],
    ['a third', { value: 33.3333333333, unit: '%', qualifier: 'exact' }],
    ['1500-2000元/月', { value: 1500, valueMax: 2000, unit: 'CNY', qualifier: 'exact' }],
    ['29591.48tCO2e', { value: 29591.48, unit: 'tCO2e', qualifier: 'exact' }],
    ['2021', { value: 2021, unit: '', qualifier: 'exact' }],
  ])('%s', (input, expected) => {
    expect(parseFigureValue(input)).toEqual(expected);
  });

  it('returns null when there is no number', () => {
    expect(parseFigureValue('')).toBeNull();
    expect(parseFigureValue('  not a number ')).toBeNull();
  });
});

describe('toGoldRecord', () => {
  it('writes the evaluation set fields, value_max only for ranges', () => {
    const base = { start: 3, end: 8, text: '80%', value: 80, unit: '%', qualifier: 'exact' as const, sentence: { start: 0, end: 9 } };
    expect(JSON.stringify(toGoldRecord('a.txt', base))).toBe('{"doc":"a.txt","start":3,"end":8,"text":"80%","value":80,"unit":"%","qualifier":"exact"}');
    expect(toGoldRecord('a.txt', { ...base, valueMax: 90 }).value_max).toBe(90);
  });
});
