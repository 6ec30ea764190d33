import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const glance = 'Year at a glance\nPassenger journeys: 68.4 million\nColleagues: 5,214\n\n';
/** Each mismatch's values, largest first: which rule reports it, and so the order of its figures, is not what is tested. */
const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value).sort((a, b) => b - a));

describe('a round figure with a direction against its key figure', () => {
  it('disagrees when the direction cannot hold of the exact value (`More than 69 million journeys`, 68.4 million)', () => {
    expect(mismatches(`${glance}Chair's foreword\nMore than 69 million journeys were made on our trains this year.`)).toEqual([[69e6, 68.4e6]]);
  });

  it('agrees when it can (`nearly 69 million journeys`, `more than 68 million journeys`)', () => {
    expect(mismatches(`${glance}Nearly 69 million journeys were made on our trains this year.`)).toEqual([]);
    expect(mismatches(`${glance}More than 68 million journeys were made on our trains this year.`)).toEqual([]);
  });

  it('reads a table row of the counted noun as its key figure (`Stores   3,412` at a glance: `more than 3,500 stores` cannot be it, `over 3,400 stores` can)', () => {
    const table = '2023 at a glance\nNet revenue                              €29.6 billion        +5.3%\nStores                                   3,412\n\n';
    expect(mismatches(`${table}We operate more than 3,500 stores in five countries.`)).toEqual([[3_500, 3_412]]);
    expect(mismatches(`${table}We operate over 3,400 stores in five countries.`)).toEqual([]);
  });

  it('is another claim far from the key figure (`more than 6,000 colleagues` trained)', () => {
    expect(mismatches(`${glance}More than 6,000 colleagues took part in safety training.`)).toEqual([]);
  });
});

describe('an exact count against the key figure naming its noun', () => {
  const glance = 'FY2023 at a glance\nWater withdrawn                25.42 GL\nContractors engaged            3,190\n\n1. Our business\n';
  it('disagrees when two of their digits are swapped (`engaged 3,910 contractors`, `Contractors engaged  3,190`)', () => {
    expect(mismatches(`${glance}At 30 June 2023 we employed 6,842 people and engaged 3,910 contractors.`)).toEqual([[3_910, 3_190]]);
  });

  it('is another count when no swap makes one the other, or its sentence does not say the label (`trained 3,910 contractors`)', () => {
    expect(mismatches(`${glance}At 30 June 2023 we employed 6,842 people and engaged 3,190 contractors.`)).toEqual([]);
    expect(mismatches(`${glance}At 30 June 2023 we employed 6,842 people and engaged 3,260 contractors.`)).toEqual([]);
    expect(mismatches(`${glance}During the year we trained 3,910 contractors in safety.`)).toEqual([]);
  });
});

describe('a round figure that names no year against a key figure row of several years', () => {
  const data = 'Social data\nCategory                    Unit         2021        2022        2023\nColleagues                  persons     4,812       4,960       5,236\nWomen in management         %            31.2        32.8        34.1\n\n';
  it('restates the latest year only: `more than 5,000 colleagues` is not the 2021 cell 4,812', () => {
    expect(mismatches(`${data}Our thanks go to our more than 5,000 colleagues for their work this year.`)).toEqual([]);
  });

  it('still disagrees with the latest year when the direction cannot hold (`more than 5,300 colleagues`, 5,236)', () => {
    expect(mismatches(`${data}Our thanks go to our more than 5,300 colleagues for their work this year.`)).toEqual([[5_300, 5_236]]);
  });
});
