import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Swiss (and Liechtenstein) reports part thousands with an apostrophe, straight or typographic
// (`CHF 12'608 million`, `51’230 employees`); a group is three digits, as after a comma.

const one = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { text: f.text, value: f.value, unit: f.unit } : null;
};

describe('thousands parted by an apostrophe', () => {
  it('reads amounts and counts in running text', () => {
    const text = "Group sales rose to CHF 12'608 million, and the workforce grew to 51’230 employees in 2025.";
    expect(one(text, '12')).toMatchObject({ text: "CHF 12'608 million", value: 12608e6, unit: 'CHF' });
    expect(one(text, '51')).toMatchObject({ value: 51230 });
    expect(one('We employed 4’318 people at 12 sites.', '4’318')).toMatchObject({ value: 4318, unit: 'people' });
    expect(one("We avoided 1'120 tonnes of CO2 and 2'450'000 kWh.", "1'120")).toMatchObject({ value: 1120, unit: 'tCO2' });
    expect(one("We avoided 1'120 tonnes of CO2 and 2'450'000 kWh.", "2'450")).toMatchObject({ value: 2450000, unit: 'kWh' });
  });

  it('reads table cells under a caption scale', () => {
    const text = ['Financial summary (CHF m)', '                      2025      2024', "Operating result      1'044       987", "Equity                3'912     3'655", ''].join('\n');
    expect(one(text, "1'044")).toMatchObject({ value: 1044e6, unit: 'CHF' });
    expect(one(text, "3'655")).toMatchObject({ value: 3655e6, unit: 'CHF' });
  });

  it('leaves feet and inches, decades and short groups alone', () => {
    expect(extractFigures("the 1990's plan").some((f) => f.value === 1990990)).toBe(false);
    expect(one("a ceiling of 8'6\" in the hall", '8')?.value).not.toBe(86);
  });
});
