import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Reports in Thailand, Nigeria and Malaysia write their currency as a word before or after the number
// (`Baht 2,140 million`, `615 million naira`, `3.2 billion ringgit`) and as a sign repeated over a
// range (`฿9,000 to ฿12,500`, `₦40,000 to ₦65,000`): each is money in that currency, one figure a range.

const figure = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { text: f.text, value: f.value, unit: f.unit, valueMax: f.valueMax } : null;
};

describe('a currency written as a word or a sign', () => {
  it('reads the baht named before its number', () => {
    expect(figure('Net profit for the year was Baht 2,140 million, down from the year before.', '2,140')).toMatchObject({ value: 2140e6, unit: 'THB' });
  });

  it('reads the baht, the naira and the ringgit named after their number', () => {
    expect(figure('Community grants totalled 46.5 million baht in 2025.', '46.5')).toMatchObject({ value: 46.5e6, unit: 'THB' });
    expect(figure('The group paid 615 million naira in royalties.', '615')).toMatchObject({ value: 615e6, unit: 'NGN' });
    expect(figure('Capital expenditure reached 3.2 billion ringgit.', '3.2')).toMatchObject({ value: 3.2e9, unit: 'MYR' });
  });

  it('reads a range whose ends both carry the sign as one figure', () => {
    expect(figure('Starting pay for field staff is ฿9,000 to ฿12,500 a month.', '9,000')).toMatchObject({ text: '฿9,000 to ฿12,500', value: 9000, valueMax: 12500, unit: 'THB' });
    expect(figure('Apprentices earn between ₦40,000 and ₦65,000 monthly.', '40,000')).toMatchObject({ value: 40000, valueMax: 65000, unit: 'NGN' });
  });
});
