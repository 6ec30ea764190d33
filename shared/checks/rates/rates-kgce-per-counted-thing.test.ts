import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a brewery's report: energy in tonnes of coal equivalent, its rate per case in kilograms (a thousand to the tonne), the
// cases it filled in the production section (in 万箱), the rate in the text and in the key figures' row `千克标准煤/箱`
const brewery = (rate: string) =>
  [
    '一、生产',
    '',
    '2024年公司共灌装啤酒52.5万箱，较上年的48.0万箱增长9.4%。',
    '',
    '二、能源',
    '',
    `2024年，公司综合能源消耗4,200吨标准煤，较上年的4,080吨标准煤增长2.9%；单位产品综合能耗${rate}千克标准煤/箱。`,
    '',
    '三、关键绩效表',
    '',
    '指标                  单位                2024年     2023年',
    '啤酒灌装量            万箱                  52.5       48.0',
    '综合能源消耗          吨标准煤             4,200      4,080',
    '单位产品综合能耗      千克标准煤/箱          8.0        8.5',
  ].join('\n');

describe('a rate in kilograms of coal equivalent per thing counted (`千克标准煤/箱`)', () => {
  it('holds over the tonnes of coal equivalent and the count of the year', () => {
    const found = intensities(brewery('8.0'));
    expect(found).toContainEqual([true, [4_200, 525_000, 8]]);

  });

  it('is a mismatch when the text worked it over the year before’s count', () => {
    // 4,200 over 48.0万箱 is 8.75
    expect(intensities(brewery('8.8'))).toContainEqual([false, [4_200, 525_000, 8.8]]);
  });
});
