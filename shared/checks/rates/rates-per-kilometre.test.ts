import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('an intensity per kilometre', () => {
  it('divides 单位里程碳排放 by the kilometres of road run', () => {
    const zh = [
      '截至2023年末，公司运营管理的城际铁路共3条，运营里程合计438.6公里。',
      '',
      '2023年，公司温室气体排放总量2.85万吨二氧化碳当量，单位里程碳排放65.0吨二氧化碳当量/公里。',
    ].join('\n');
    expect(intensities(zh)).toContainEqual([true, [28_500, 438.6, 65]]);
  });

  it('divides litres of fuel per km by the kilometres driven, and reports the rate with two digits swapped', () => {
    const en = (stated: string) => `In 2023 our coaches used 41.2 million litres of diesel over 98.6 million km driven, or ${stated} litres per km.`;
    expect(intensities(en('0.418'))).toContainEqual([true, [41_200_000, 98_600_000, 0.418]]);
    expect(intensities(en('0.481'))).toContainEqual([false, [41_200_000, 98_600_000, 0.481]]);
  });
});
