import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// The rupee written `Rs` without its full stop, spaced or glued before its number, and a range
// whose scale word a PDF wrapped onto the next line.

const one = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { text: f.text, value: f.value, valueMax: f.valueMax, unit: f.unit } : null;
};

describe('the rupee written Rs', () => {
  it('reads a range wrapped before its crore as rupees at both ends', () => {
    const text = 'The board approved a capital outlay of Rs 2,500–3,200\ncrore for the new clinker lines over three years.';
    expect(one(text, '2,500')).toEqual({ text: 'Rs 2,500–3,200\ncrore', value: 2.5e10, valueMax: 3.2e10, unit: 'INR' });
  });

  it('reads a spaced or glued amount in lakh and a bare grouped amount', () => {
    expect(one('Scholarships worth Rs 48.6 lakh were awarded.', '48.6')).toMatchObject({ value: 4.86e6, unit: 'INR' });
    expect(one('a water levy of Rs1,250 crore', '1,250')).toMatchObject({ text: 'Rs1,250 crore', value: 1.25e10, unit: 'INR' });
    expect(one('each trainee received Rs 12,000 as a stipend', '12,000')).toMatchObject({ value: 12000, unit: 'INR' });
  });
});
