import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (rate: string) =>
  [
    'Chair\'s message',
    '',
    'Our kilns burned more waste-derived fuel than ever in 2023. Across the group, our thermal substitution rate reached',
    '28.4%.',
    '',
    'Demand for cement held up in our home markets despite higher interest rates, and our new grinding plant at Port',
    'Elliot started on time and on budget. I thank our people and contractors for a safe and productive year.',
    '',
    'Margaret Okafor',
    'Chair',
    'Adelaide, 14 March 2024',
    '',
    '                                                   Harrow Cement Group | Sustainability Report 2023 | 3',
    '',
    '2023 HIGHLIGHTS',
    '  •  Cement sold: 4.86 million tonnes',
    '  •  Alternative fuels: 412,000 tonnes; TSR 24.8%',
    '  •  Lost-time injuries: 3',
    '',
    '2. CLIMATE',
    '',
    'Table 2.1  Fuels (thousand tonnes)',
    '                                              2023        2022',
    'Alternative fuels                              412         356',
    'Thermal substitution rate (TSR), %            24.8        21.2',
  ]
    .join('\n')
    .replace('28.4%', rate);

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a metric said by an abbreviation the report spells out (`TSR 24.8%` of `Thermal substitution rate (TSR)`)', () => {
  it('is the metric said in full elsewhere: a different value is flagged', () => {
    expect(mismatches(report('28.4%'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 28.4 }, { value: 24.8 }] }]);
  });

  it('agrees with the same value said in full', () => {
    expect(mismatches(report('24.8%'))).toEqual([]);
  });
});

// a highlights line giving a rate by an abbreviation a hyphenated word spells two letters of (`Lost-time injury frequency rate (LTIFR)`)
const safety = (highlight: string) =>
  [
    'Our lost-time injury frequency rate (LTIFR) is counted per million hours worked, employees and contractors together.',
    '',
    '2024 HIGHLIGHTS',
    `  •  LTIFR: ${highlight}`,
    '  •  Ore milled: 6.42 million tonnes',
    '',
    'Table 4  Safety                                 2024        2023',
    'Lost-time injury frequency rate                 1.26        1.48',
    'Fatalities                                         0           1',
  ].join('\n');

describe('an abbreviation spelled by the parts of a hyphenated word (`LTIFR` of `lost-time injury frequency rate`)', () => {
  it('is the metric said in full: a different value is flagged', () => {
    expect(mismatches(safety('1.62'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 1.62 }, { value: 1.26 }] }]);
  });

  it('agrees with the same value said in full', () => {
    expect(mismatches(safety('1.26'))).toEqual([]);
  });
});
