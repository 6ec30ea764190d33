import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a paper mill's 关键绩效表 with two rows in 万元 (营业收入, 出口收入): the intensity row's label names the one it is per
const table = (latest: string) => `关键绩效表
指标                    单位              2024年       2023年
营业收入                万元             184,200      171,600
出口收入                万元              52,300       47,900
取水量                  万立方米           412.6        398.4
单位营业收入取水量      立方米/万元        ${latest}        23.22
`;

describe('a quotient row in what several rows are in, per the one its label names whole', () => {
  it('reads the row over 营业收入, not 出口收入', () => {
    expect(quotients(table('22.40'))).toEqual([
      [true, [4_126_000, 1_842_000_000, 22.4]],
      [true, [3_984_000, 1_716_000_000, 23.22]],
    ]);
  });

  it('calls the column that misses a mismatch, the pair being certain', () => {
    expect(quotients(table('21.60')).filter(([holds]) => !holds)).toEqual([[false, [4_126_000, 1_842_000_000, 21.6]]]);
  });
});
