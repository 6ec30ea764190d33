import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewer's report: a row's fall said by more than a fraction in words, beside the table that gives the row's share
const report = (said: string, total = 'Energy use fell 2.9% to 131,000 GJ. ') =>
  [
    '2. Environment',
    '',
    `${total}Rooftop solar now supplies almost a tenth of our energy, and LPG for our forklifts ${said}.`,
    '',
    'Table 2  Energy use (GJ)',
    'Source                         FY2025     FY2024  Share (%)',
    'Grid electricity                85,800     89,800       65.5',
    'Rooftop solar                   12,600      7,400        9.6',
    'Natural gas                     28,000     28,300       21.4',
    'LPG (forklifts)                  4,600      9,400        3.5',
    'Total energy                   131,000    134,900      100.0',
    '',
  ].join('\n');

const failing = (text: string) =>
  ['ratio', 'consistency'].flatMap((kind) => checksOf(kind as 'ratio' | 'consistency', text)).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

describe('a fall said by more than a fraction in words', () => {
  it('is no share of the row it names (`fell by more than half`), the text giving the total or not', () => {
    expect(failing(report('fell by more than half'))).toEqual([]);
    expect(failing(report('fell by more than half', ''))).toEqual([]);
  });

  it('while a share said of the row still is one', () => {
    expect(failing(report('made up nearly a fifth of it'))).not.toEqual([]);
  });
});
