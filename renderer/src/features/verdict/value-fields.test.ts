import { describe, expect, it } from 'vitest';
import { fieldsFromWrittenValue, plainNumber, readValueFields, type ValueFields } from './value-fields';

const fields = (value: string, rest: Partial<ValueFields> = {}): ValueFields => ({ value, valueMax: '', unit: '', qualifier: 'exact', ...rest });

describe('reading a corrected or added value', () => {
  it('takes plain numbers with grouping or exponents', () => {
    expect(plainNumber('18,800,000,000')).toBe(18_800_000_000);
    expect(plainNumber(' 1.2e9 ')).toBe(1_200_000_000);
    expect(plainNumber('-3.5')).toBe(-3.5);
    expect(plainNumber('188亿')).toBeNull();
  });

  it('reads a figure as written with the extractor’s grammar', () => {
    const read = fieldsFromWrittenValue(fields('超过188亿元'));
    expect(read).not.toBeNull();
    expect(Number(read!.value)).toBe(18_800_000_000);
    expect(read!.qualifier).toBe('over');
    expect(fieldsFromWrittenValue(fields('42'))).toBeNull();
  });

  it('turns fields into a value, or says what is wrong', () => {
    expect(readValueFields(fields('30,000', { valueMax: '40000', unit: 'users' }))).toEqual({
      ok: true,
      value: { value: 30_000, valueMax: 40_000, unit: 'users', qualifier: 'exact' },
    });
    expect(readValueFields(fields('lots'))).toMatchObject({ ok: false });
    expect(readValueFields(fields('5', { valueMax: '3' }))).toMatchObject({ ok: false, error: expect.stringMatching(/above/) });
  });
});
