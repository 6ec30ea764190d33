import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a furniture maker's letter rounds a figure to three digits at a scale ten times off its key table's row
const report = (letter: string) =>
  [
    '致辞',
    '',
    `2024年，${letter}，出口订单稳步增长。`,
    '',
    '关键绩效表',
    '',
    '指标                 单位          2024年       2023年',
    '销售收入             万元           82,640       77,150',
    '综合能耗             吨标准煤      437,600      412,900',
    '员工总数             人              1,932        1,870',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a figure rounded to three digits at a scale ten times off its key table\'s row (`华源家居实现销售收入82.6亿元` of 82,640万元)', () => {
  it('is a scale slip', () => {
    expect(slips('华源家居实现销售收入82.6亿元')).toHaveLength(1);
    expect(slips('华源家居全年综合能耗4.38万吨标准煤')).toHaveLength(1);
  });

  it('rounded right, it is none', () => {
    expect(slips('华源家居实现销售收入8.26亿元')).toEqual([]);
    expect(slips('华源家居全年综合能耗43.8万吨标准煤')).toEqual([]);
  });
});
