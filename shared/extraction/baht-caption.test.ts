import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Thai reports state a table's money in words (`Unit: Million Baht`, `(Baht million)`), as others
// write `(Ringgit million)`: the table's cells are baht at that scale.

const cell = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { value: f.value, unit: f.unit } : null;
};

describe('a caption naming the baht in words', () => {
  it('scales the table under it', () => {
    const text = ['Table 7 Payments to stakeholders (Baht million)', '                         2025        2024', 'Wages and benefits     3,416.2     3,208.9', 'Income tax               612.5       588.0', ''].join('\n');
    expect(cell(text, '3,416.2')).toEqual({ value: 3416.2e6, unit: 'THB' });
    expect(cell(text, '588.0')).toEqual({ value: 588e6, unit: 'THB' });
  });
});
