import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a seed company's letter bounds its staff with a two-character word; its key table counts them
const report = (letter: string) =>
  ['致辞', '', `2024年，${letter}，研发投入持续增加。`, '', '关键绩效表', '', '指标                 单位        2024年       2023年', '员工总数             人          1,482        1,396', '研发投入             万元          926          871'].join('\n');

const mismatches = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a Chinese bound of two characters before a head count (`突破`, `超出`) against the key table\'s total', () => {
  it('is flagged when the exact count is on its other side', () => {
    expect(mismatches('公司员工突破1,500人')).toHaveLength(1);
    expect(mismatches('公司员工超出1,500人')).toHaveLength(1);
  });

  it('holds when the count is beyond it', () => {
    expect(mismatches('公司员工突破1,400人')).toEqual([]);
  });
});
