import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Currencies written as letters or signs the ISO table does not hold: the Philippine peso (`P`, `Php`,
// `₱`), the Mexican peso (`Ps`, `Ps.`), the naira (`N`, `₦`), the ringgit (`RM`). Glued to their
// number they look like codes (`P60`, `N95`), so, as the rand's `R`, they read as money only where
// the number does (grouped, decimal or scaled); and a table's caption may name them (`N'000`,
// `(thousands of Philippine pesos)`).

const one = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const f = extractFigures(text).find((x) => x.start <= at && at < x.end);
  return f ? { text: f.text, value: f.value, valueMax: f.valueMax, unit: f.unit } : null;
};

describe('letter currencies glued to or spaced before their number', () => {
  it('reads the Philippine peso written P, Php and ₱', () => {
    expect(one('The bank lent P18.7 billion to small businesses.', '18.7')).toMatchObject({ text: 'P18.7 billion', value: 18.7e9, unit: 'PHP' });
    expect(one('Net income of Php 2.4 billion was recorded.', '2.4')).toMatchObject({ text: 'Php 2.4 billion', value: 2.4e9, unit: 'PHP' });
    expect(one('Dividends paid: ₱ 3,260 million.', '3,260')).toMatchObject({ value: 3.26e9, unit: 'PHP' });
  });

  it('reads the Mexican peso written Ps and Ps., glued or spaced', () => {
    expect(one('Sales reached Ps.41.3 billion in the year.', '41.3')).toMatchObject({ text: 'Ps.41.3 billion', value: 41.3e9, unit: 'MXN' });
    expect(one('each scholarship is worth Ps 12,600 a year', '12,600')).toMatchObject({ value: 12600, unit: 'MXN' });
  });

  it('reads the naira written N and ₦, and the ringgit written RM', () => {
    expect(one('a budget of N612.8bn for network expansion', '612.8')).toMatchObject({ text: 'N612.8bn', value: 612.8e9, unit: 'NGN' });
    expect(one('taxes of ₦95.4 billion were paid', '95.4')).toMatchObject({ value: 95.4e9, unit: 'NGN' });
    expect(one('The Group earned RM1.42 billion in revenue.', '1.42')).toMatchObject({ text: 'RM1.42 billion', value: 1.42e9, unit: 'MYR' });
  });

  it('reads a range whose ends repeat the currency', () => {
    expect(one('Grants of RM500 to RM2,000 went to each family.', '500')).toMatchObject({ value: 500, valueMax: 2000, unit: 'MYR' });
    expect(one('loans of Ps 800 to Ps 1,500 per household', '800')).toMatchObject({ value: 800, valueMax: 1500, unit: 'MXN' });
  });

  it('leaves codes alone: N95 masks, P60 forms, N2O, PM2.5', () => {
    const figs = extractFigures('We donated 40,000 N95 masks. Form P60 is filed yearly. N2O and PM2.5 are monitored.');
    expect(figs.map((f) => f.text)).toEqual(['40,000']);
  });
});

describe('letter currencies in a table caption', () => {
  it("scales the cells under (N'million) and (thousands of Philippine pesos)", () => {
    const naira = ['Value added statement (N\'million)', '                      2025        2024', 'Salaries              84,310      71,925', 'Dividends             22,400      18,000'].join('\n');
    expect(one(naira, '84,310')).toMatchObject({ value: 84310e6, unit: 'NGN' });
    const pesos = ['Revenue by segment (thousands of Philippine pesos)', '                      2025        2024', 'Retail                412,600     388,100', 'Wholesale             96,250      90,870'].join('\n');
    expect(one(pesos, '412,600')).toMatchObject({ value: 412600e3, unit: 'PHP' });
  });

  it('scales the cells under (in millions of pesos) and (Ringgit million)', () => {
    const pesos = ['Community spending (in millions of pesos)', '                      2025        2024', 'Education                310         275', 'Health                   148         132'].join('\n');
    expect(one(pesos, '310')).toMatchObject({ value: 310e6 });
    const rm = ['Financial summary (Ringgit million)', '                      2025        2024', 'Revenue               5,184       4,762'].join('\n');
    expect(one(rm, '5,184')).toMatchObject({ value: 5184e6, unit: 'MYR' });
  });
});

describe('a caption\'s bare pesos', () => {
  it('are Mexican pesos, unless the report writes the Philippine peso', () => {
    const table = ['Donations (in millions of pesos)', '                      2025        2024', 'Education                310         275'].join('\n');
    expect(one(`Cemex-style results: net sales of Ps. 12,400 million.\n\n${table}`, '310')).toMatchObject({ value: 310e6, unit: 'MXN' });
    expect(one(`The utility invested ₱ 9.2 billion in Luzon.\n\n${table}`, '310')).toMatchObject({ value: 310e6, unit: 'PHP' });
  });
});
