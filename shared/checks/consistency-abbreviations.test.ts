import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
