import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a cinema chain's report: the text gives its water, then its parts in a list, then the rate; the key figures give the whole's two years
const report = (rate: string) =>
  [
    '二、环境',
    `2024年公司用水总量48.6万吨，其中自来水46.2万吨、中水2.4万吨，同比增长${rate}%。`,
    '',
    '关键绩效表',
    '指标            单位          2024年      2023年',
    '用水总量        万吨            48.6        45.1',
    '员工总数        人             1,820       1,760',
  ].join('\n');

const against = (rate: string) => checksOf('change', report(rate)).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a rate after a list`s last part (`其中自来水46.2万吨、中水2.4万吨，同比增长7.8%`)', () => {
  it('is the whole`s change, not the last part`s against the whole`s year before', () => {
    expect(against('7.8').filter((c) => !c.holds)).toEqual([]);
    expect(against('7.8').some((c) => c.holds && c.figures.some((f) => f.value === 486_000))).toBe(true);
  });

  it('and a mismatch when it is not the whole`s', () => {
    expect(against('9.8').filter((c) => !c.holds).map((c) => c.figures.slice(0, 2).map((f) => f.value))).toEqual([[451_000, 486_000]]);
  });
});
