import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('two figures of one metric whose digits are swapped (`63 tCO2e` for the key figures\' 36) are one figure slipped', () => {
  it('sets an English text figure against its key figures row', () => {
    // a veterinary practice group's emissions paragraph and its key figures, the Scope 2 method in the row's brackets
    const text = [
      '2.2 Emissions',
      'Location-based Scope 2 emissions were 63 tCO2e in 2024, as two more clinics moved to green tariffs.',
      '',
      '4. Key figures',
      'Indicator                            Unit          2024        2023',
      'Scope 2 emissions (location-based)   tCO2e           36          58',
    ].join('\n');
    expect(mismatches(text)).toMatchObject([{ figures: [{ value: 63 }, { value: 36 }] }]);
  });

  it('sets a Chinese text figure against its 关键绩效表 row', () => {
    // a driving school's 温室气体 paragraph and its 关键绩效表
    const text = [
      '（二）温室气体排放',
      '2024年，公司范围二温室气体排放为47吨二氧化碳当量，主要来自训练场照明用电。',
      '',
      '六、关键绩效表',
      '指标                          单位                 2024年       2023年',
      '范围二温室气体排放            吨二氧化碳当量           74           81',
    ].join('\n');
    expect(mismatches(text)).toMatchObject([{ figures: [{ value: 47 }, { value: 74 }] }]);
  });

  it('holds two metrics apart, and figures of one metric whose digits are not swapped', () => {
    const text = [
      'Location-based Scope 2 emissions were 63 tCO2e in 2024, and the clinics used 36 MWh of gas.',
      '',
      'Indicator                            Unit          2024        2023',
      'Scope 2 emissions (location-based)   tCO2e           37          58',
    ].join('\n');
    expect(mismatches(text).filter((c) => c.figures.some((f) => f.value === 63))).toEqual([]);
  });
});
