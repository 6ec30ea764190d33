import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sameMetric = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a cold-store operator's report: its letter and its key figures state the year's energy ratio, the row's unit column `ratio`
const report = (letter: string, cell: string) =>
  [
    'Letter from the Managing Director',
    '',
    `Our refrigeration energy efficiency (REF) improved to ${letter} this year as we replaced the compressors at Hull.`,
    '',
    'Key figures                             Unit        2024        2023',
    'Electricity used                        MWh       84,200      86,900',
    `Refrigeration energy efficiency (REF)   ratio       ${cell}        2.47`,
  ].join('\n');

describe('one ratio stated in the text and in a table row whose unit column says `ratio`', () => {
  it('is one metric, and agrees when both say one value', () => {
    expect(sameMetric(report('2.41', '2.41'))).toEqual([[true, [2.41, 2.41]]]);
  });

  it('disagrees a step apart at one precision (2.41 and 2.42 meet only at 2.415, which rounds to one of them)', () => {
    expect(sameMetric(report('2.41', '2.42'))).toEqual([[false, [2.41, 2.42]]]);
  });

  it('agrees with a value said less precisely that allows it', () => {
    expect(sameMetric(report('2.4', '2.42'))).toEqual([[true, [2.4, 2.42]]]);
  });
});
