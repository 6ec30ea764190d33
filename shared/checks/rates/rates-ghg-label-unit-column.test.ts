import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy's key performance table: its intensity row names the gas in its label, its unit column says `吨/万元` alone
const table = (intensity: string) =>
  [
    '关键绩效表',
    '',
    '指标                          单位                 2024年       2023年',
    '营业收入                      万元                 86,400       80,150',
    '原奶产量                      吨                  128,600      121,400',
    '温室气体排放总量              吨二氧化碳当量       38,920       37,460',
    `单位营业收入温室气体排放      吨/万元               ${intensity}         0.47`,
    '',
  ].join('\n');

const rates = (intensity: string) => checksOf('ratio', table(intensity)).filter((c) => c.rule.startsWith('rate.') || c.rule.startsWith('ratio.'));
const overRevenue = (intensity: string) => rates(intensity).filter((c) => c.figures.some((f) => f.value === Number(intensity)) && c.figures.some((f) => f.value === 38_920));

describe('a row`s intensity of greenhouse gas whose unit column says tonnes alone', () => {
  it('holds over the emissions, not over another row in tonnes (38,920 over 86,400万元 is 0.45)', () => {
    expect(overRevenue('0.45').map((c) => c.holds)).toContain(true);
  });
});
