import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).map((c) => c.message);

describe('a rate said of the figure before it, ahead of another figure and its year-before bracket', () => {
  it('leaves `用量X，同比下降r%，单位产品Y（2023年：Z）` alone: the rate is X\'s change, not Y\'s', () => {
    const text = '2024年，公司天然气消耗量3,286万立方米，同比下降4.1%，单位产品天然气消耗0.82立方米/千升（2023年：0.88立方米/千升）。';
    expect(changes(text).filter((m) => m.includes('0.88'))).toEqual([]);
  });

  it('leaves `X, up r%, or Y per unit (2023: Z)` alone in English', () => {
    const text = 'Water withdrawn was 2.46 million m³, up 3.8%, or 1.92 litres per litre of beer packaged (2023: 2.05 litres).';
    expect(changes(text).filter((m) => m.includes('2.05'))).toEqual([]);
  });

  it('still reads a rate before its own new value (`rose 35.0% to 612 tCO2e (2022: 425 tCO2e)`)', () => {
    const text = 'Scope 1 emissions at our 14 depots rose 44.0% to 612 tCO2e (2022: 425 tCO2e) as the fleet grew.';
    expect(changes(text)).toContain('✓ 425 → 612 = +44.0 %');
  });
});
