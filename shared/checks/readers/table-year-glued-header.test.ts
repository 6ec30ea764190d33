import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';

// a header whose year stands one space from the next column's name (`2023 Change (%)`), as a layout squeezing its columns
// leaves it: the year heads last year's cells and the name the change cells, not one column both
const report = [
  'Ticket revenue on the Baltic routes rose 12.4%, while total revenue rose 5.5%.',
  '',
  'Table 3: Revenue by route (EUR million)',
  '',
  'Route                                2024  Share (%)       2023 Change (%)',
  'Baltic routes                       214.6       38.6      190.9      +12.4',
  'North Sea routes                    341.4       61.4      336.1       +1.6',
  'Total                               556.0      100.0      527.0       +5.5',
  '',
].join('\n');

describe('a header year glued to the next column\'s name heads two columns', () => {
  it('gives last year\'s cells the caption\'s currency and the change cells their percent', () => {
    const figures = checkDoc('ferries.txt', report).figures;
    const unitOf = (text: string) => figures.find((f) => f.text === text)?.unit;
    expect(unitOf('190.9')).toBe('EUR');
    expect(unitOf('1.6')).toBe('%');
    expect(unitOf('38.6')).toBe('%');
  });

  it('reads a part\'s rate against its own row, never against the total\'s', () => {
    const changes = checksOf('change', report).filter((c) => c.figures.some((f) => f.value === 12.4));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.filter((c) => !c.holds)).toEqual([]);
    expect(changes.some((c) => c.figures.some((f) => f.value === 527_000_000))).toBe(false);
  });

  it('reads no share cell as an amount of the caption\'s unit', () => {
    expect(checksOf('ratio', report).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a header year glued to the next column\'s name over counts (no unit its caption states)', () => {
  it('heads last year\'s cells by where it stands, not the change column\'s percent', () => {
    const text = [
      'Table 4: Drivers by depot (people)',
      '',
      'Depot                                2024  Share (%)       2023 Change (%)',
      'Leith                                 412       61.0        398       +3.5',
      'Perth                                 263       39.0        251       +4.8',
      'Total                                 675      100.0        649       +4.0',
      '',
    ].join('\n');
    const figures = checkDoc('depots.txt', text).figures;
    expect(['398', '649'].map((t) => figures.find((f) => f.text === t)?.unit)).toEqual(['', '']);
  });
});
