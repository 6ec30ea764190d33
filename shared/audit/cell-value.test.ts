import { describe, expect, it } from 'vitest';
import { cellValue } from './cell-value';

describe('cellValue: what a recorded field or a CSV cell stands for', () => {
  it('reads a number however a spreadsheet writes it', () => {
    for (const cell of ['4300', '4,300', '4.3E+03', '4300.00', '+4300', '004300']) expect(cellValue(cell), cell).toBe(4300);
    expect(cellValue('-0.5')).toBe(-0.5);
    expect(cellValue('.5')).toBe(0.5);
    expect(cellValue(4300)).toBe(4300);
  });

  it('keeps a percentage as its number with the sign, so 90% and 90.00% are one value', () => {
    expect(cellValue('90%')).toBe('90%');
    expect(cellValue('90.00%')).toBe('90%');
  });

  it('reads an instant in any ISO 8601 form as the instant toISOString writes', () => {
    expect(cellValue('2026-11-29T14:27:31.123Z')).toBe('2026-11-29T14:27:31.123Z');
    expect(cellValue('2026-11-29T14:27:31Z')).toBe('2026-11-29T14:27:31.000Z');
    expect(cellValue('2026-11-29T22:27:31.123+08:00')).toBe('2026-11-29T14:27:31.123Z');
  });

  it('keeps as text what only starts like a number or a time', () => {
    for (const cell of ['0a1b2c3d', '2026-11-29', '12 tonnes', '3e', '+', '-', '.', '1,23', '2026-13-45T99:99Z', '0123-45'])
      expect(cellValue(cell), cell).toBe(cell);
    expect(cellValue('0'.repeat(64))).toBe(0); // the genesis hash a spreadsheet turns into 0
  });

  it('keeps words, names and ids as written, and reads empty and absent as nothing', () => {
    for (const cell of ['Li Wei', '与附注7不符', 'fig-1', 'abab', "'=SUM(A1)"]) expect(cellValue(cell), cell).toBe(cell);
    for (const cell of ['', undefined, null]) expect(cellValue(cell)).toBeNull();
    expect(cellValue(Number.NaN)).toBe('NaN');
  });
});
