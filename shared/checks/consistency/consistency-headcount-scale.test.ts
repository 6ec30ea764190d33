import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);
const values = (c: { figures: Array<{ value: number }> }) => [...new Set(c.figures.map((f) => f.value))].sort((a, b) => a - b);

// a facilities-services group's report: the letter's count of the associates on its payroll, and its key figures
const report = (letter: string) =>
  [
    'Letter from our Chief Executive',
    '',
    `${letter} Every one of them is paid through our own payroll.`,
    '',
    'Key figures',
    '',
    'Indicator                    Unit          2024        2023',
    'Associates                   headcount    5,840       5,410',
    'Sites served                 number         912         866',
  ].join('\n');

describe('the associates a staffing or services firm says it has, against its headcount', () => {
  it('flags `at the end of 2024 we had 58,400 associates` against 5,840: its digits a power of ten off', () => {
    const [check, ...rest] = mismatches(report('At the end of 2024 we had 58,400 associates across 190 cities.'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([5_840, 58_400]);
  });

  it('holds where they agree, and reads a few associates (associated companies) as no headcount', () => {
    expect(mismatches(report('At the end of 2024 we had 5,840 associates across 190 cities.'))).toEqual([]);
    expect(mismatches(report('At the end of 2024 we had 584 associates across 190 cities.'))).toEqual([]);
  });
});
