import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Any ISO 4217 code in capitals is a currency, not only the few a table once listed: a Peruvian
// miner's `(PEN million)`, a Ghanaian cocoa buyer's `GHS 12.4 million`. But `COP28` is the climate
// conference, and `try`, `pen`, `mad` in lower case are words.

const one = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { value: f.value, unit: f.unit } : null;
};

describe('ISO currency codes in capitals', () => {
  it('scales a table under a caption in soles', () => {
    const text = ['Table 4: Payments to the State (PEN million)', '', 'Payment               2024        2023', 'Income tax           412.6       388.1', 'Royalties             96.3        90.8', ''].join('\n');
    expect(one(text, '412.6')).toEqual({ value: 412.6e6, unit: 'PEN' });
    expect(one(text, '90.8')).toEqual({ value: 90.8e6, unit: 'PEN' });
  });

  it('reads a code before an amount in running text', () => {
    expect(one('We paid GHS 12.4 million in cocoa premiums to 9,300 farmers.', '12.4')).toEqual({ value: 12.4e6, unit: 'GHS' });
    expect(one('Exports to Morocco earned MAD 86 million, and the lira account held TRY 3,250.', '86')).toEqual({ value: 86e6, unit: 'MAD' });
    expect(one('Exports to Morocco earned MAD 86 million, and the lira account held TRY 3,250.', '3,250')).toEqual({ value: 3250, unit: 'TRY' });
  });

  it('leaves the climate conference and lower-case words alone', () => {
    const text = 'Our chief executive spoke at COP28 in Dubai and at COP 29 in Baku. We try 15 new varieties; each pen 40 cattle.';
    const units = extractFigures(text).map((f) => f.unit);
    expect(units).not.toContain('COP');
    expect(units).not.toContain('TRY');
    expect(units).not.toContain('PEN');
    expect(one(text, '28')).toBeNull();
  });
});
