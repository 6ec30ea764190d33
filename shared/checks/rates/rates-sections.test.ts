import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('an injury rate in a table set out in sections (`Employees`, then `Contractors`)', () => {
  const table = (rate: string) =>
    `Health and safety\nIndicator\tUnit\t2022\t2023\nEmployees\nHours worked\tmillion hours\t4.02\t4.20\nLost-time injuries\tnumber\t7\t6\nLTIFR\tper million hours\t1.74\t1.43\nContractors\nHours worked\tmillion hours\t1.96\t2.10\nLost-time injuries\tnumber\t4\t5\nLTIFR\tper million hours\t2.04\t${rate}\n`;
  const rates = (rate: string) => checksOf('ratio', table(rate)).filter((c) => c.rule === 'rate.injury-frequency');

  it('divides each section\'s injuries by its own hours, not the section above\'s', () => {
    expect(rates('2.38').every((c) => c.holds)).toBe(true);
    expect(rates('2.38')).toHaveLength(4);
  });

  it('calls the contractors\' rate a mismatch though the employees\' hours would give it (5 × 1,000,000 / 4.20 million is 1.19)', () => {
    expect(rates('1.19').filter((c) => !c.holds)).toMatchObject([{ stated: 1.19, figures: [{ value: 5 }, { value: 2.1e6 }, { value: 1.19 }] }]);
  });
});
