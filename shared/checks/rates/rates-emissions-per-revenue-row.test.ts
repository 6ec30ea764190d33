import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dyeing works' key performance table: the emissions intensity row names what it is per before the emissions and gives
// only `吨` in its unit column
const table = (rate: string) =>
  [
    '关键绩效表',
    '指标                          单位                   2024年       2023年',
    '工业总产值                    万元                  56,200      51,800',
    '温室气体排放总量              吨二氧化碳当量         4,870       4,660',
    `万元产值温室气体排放          吨                    ${rate}      0.0900`,
  ].join('\n');

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity');

describe('an emissions intensity row said per revenue or output before the emissions, in tonnes (`万元产值温室气体排放  吨`)', () => {
  it('is worked over the emissions row and the output row of each year', () => {
    expect(intensities(table('0.0867'))).toMatchObject([{ holds: true }, { holds: true }]);
  });

  it('flags a year\'s cell the rows do not give', () => {
    expect(intensities(table('0.0967')).map((c) => c.holds)).toEqual([false, true]);
  });
});
