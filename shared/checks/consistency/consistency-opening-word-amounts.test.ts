import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a marina group's report: a section's sentence opening on its one-word metric and its period, the table its Total row totals
// (with a share column) and the key figures' row
const report = (sentence: string, metric: string, years: [string, string], total: string) =>
  [
    `1.1 ${metric}`,
    sentence,
    '',
    `Table 1: ${metric} by harbour`,
    `GBP thousand                ${years[0]}     ${years[1]} Change (%)  Share (%)`,
    'Falmouth                     6,842      6,510       +5.1       56.3',
    'Plymouth                     5,316      5,102       +4.2       43.7',
    `Total                       ${total}     11,612       +4.7      100.0`,
    '',
    '4. Key figures',
    `Indicator                   Unit                  ${years[0]}      ${years[1]}`,
    `${metric.padEnd(28)}GBP thousand          12,158      11,612`,
  ].join('\n');

const hasPair = (text: string) => mismatches(text).some((c) => c.figures.some((f) => f.value === 12_160_000) && c.figures.some((f) => f.value === 12_518_000));

describe('an amount whose sentence opens on its one-word metric and its period (`Revenue for FY2025 was …`) restates the Total row', () => {
  it('is set against a Total row that disagrees', () => {
    expect(hasPair(report('Revenue for FY2025 was GBP 12.16 million, 4.7% more than the GBP 11.61 million of FY2024.', 'Revenue', ['FY2025', 'FY2024'], '12,518'))).toBe(true);
    expect(hasPair(report('Sales for the financial year 2024 were GBP 12.16 million, up 4.7%.', 'Sales', ['  2024', '  2023'], '12,518'))).toBe(true);
  });

  it('holds when they agree', () => {
    expect(mismatches(report('Revenue for FY2025 was GBP 12.16 million, 4.7% more than the GBP 11.61 million of FY2024.', 'Revenue', ['FY2025', 'FY2024'], '12,158'))).toEqual([]);
  });
});
