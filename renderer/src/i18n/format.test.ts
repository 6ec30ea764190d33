import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber, formatPercent } from './format';

describe('locale formats', () => {
  it('groups digits as each language does', () => {
    expect(formatNumber(18_800_000_000, 'en')).toBe('18,800,000,000');
    expect(formatNumber(29591.48, 'zh-CN')).toBe('29,591.48');
    expect(formatNumber(2e16, 'en')).toBe('2E16');
  });

  it('writes percentages with the locale', () => {
    expect(formatPercent(0.425, 'en')).toBe('42.5%');
    expect(formatPercent(1, 'zh-CN')).toBe('100%');
  });

  it('writes a time in English or Chinese, in the given time zone', () => {
    expect(formatDateTime('2026-11-29T14:02:31.000Z', 'en', 'UTC')).toBe('29 Nov 2026, 14:02');
    expect(formatDateTime('2026-11-29T14:02:31.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月29日 22:02');
  });
});
