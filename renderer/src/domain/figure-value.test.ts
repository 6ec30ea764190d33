import { describe, expect, it } from 'vitest';
import { describeCorrection, describeFigureValue, formatValue, invalidFigureValue } from './figure-value';

describe('figure values as the auditor reads them', () => {
  it('groups digits and joins a range with an en dash', () => {
    expect(formatValue({ value: 18_800_000_000 })).toBe('18,800,000,000');
    expect(formatValue({ value: 30_000, valueMax: 40_000 })).toBe('30,000–40,000');
    expect(formatValue({ value: 85.3 })).toBe('85.3');
    expect(formatValue({ value: 0.000125 })).toBe('0.000125');
  });

  it('switches to scientific notation for astronomically large values', () => {
    expect(formatValue({ value: 1.5e18 })).toBe('1.5E18');
  });

  it('describes a whole claim with its qualifier and unit', () => {
    expect(describeFigureValue({ value: 45_000_000, unit: '户', qualifier: 'over' })).toBe('over 45,000,000 户');
    expect(describeFigureValue({ value: 39, unit: '%', qualifier: 'exact' })).toBe('39 %');
    expect(describeFigureValue({ value: 1, valueMax: 2, unit: '', qualifier: 'up_to' })).toBe('up to 1–2');
  });

  it('describes only what a correction changed', () => {
    const before = { value: 188, unit: '亿元', qualifier: 'exact' as const };
    expect(describeCorrection(before, { ...before, value: 18_800_000_000, unit: 'CNY' })).toBe('value 188 → 18,800,000,000; unit "亿元" → "CNY"');
    expect(describeCorrection(before, before)).toBe('');
  });

  it('refuses values that cannot be stored', () => {
    expect(invalidFigureValue({ value: Number.NaN, unit: '', qualifier: 'exact' })).toMatch(/number/);
    expect(invalidFigureValue({ value: 5, valueMax: 3, unit: '', qualifier: 'exact' })).toMatch(/above/);
    expect(invalidFigureValue({ value: 5, unit: 'x'.repeat(65), qualifier: 'exact' })).toMatch(/unit/);
    expect(invalidFigureValue({ value: 5, unit: '%', qualifier: 'exact' })).toBeNull();
  });
});
