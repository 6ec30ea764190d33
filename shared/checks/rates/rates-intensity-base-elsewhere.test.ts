import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity');

describe('an intensity whose base stands away from its inputs', () => {
  const report = (cell2023: string) =>
    [
      'E1-5 Energy consumption and mix',
      '',
      'Energy consumption and mix (MWh)                                2022          2023',
      'Total fossil energy consumption                              198,420       176,300',
      'Total renewable energy consumption                            64,180        91,640',
      'Total energy consumption                                     262,600       267,940',
      `Energy intensity (MWh per EUR million net revenue)¹           114.4         ${cell2023}`,
      '',
      '¹ Divided by net revenue, which in 2023 was EUR 2,418.2 million (2022: EUR 2,296.0 million).',
    ].join('\n');

  it('holds over the revenue of a footnote under its table, year by year', () => {
    const found = intensities(report('110.8'));
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 262_600 }), expect.objectContaining({ value: 2_296_000_000 }), expect.objectContaining({ value: 114.4 })] }));
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 267_940 }), expect.objectContaining({ value: 2_418_200_000 }), expect.objectContaining({ value: 110.8 })] }));
  });

  it('says nothing of a cell no base of its year gives', () => {
    expect(intensities(report('112.6')).filter((c) => c.stated === 112.6)).toEqual([]);
  });

  it('reads a base per 100 million of a currency from another table', () => {
    const text = [
      'Financial Highlights (Unit: KRW billion)',
      '                                        2022          2023',
      'Revenue                             12,486.2      11,942.8',
      'Operating profit                     1,084.6         862.4',
      '',
      'GHG Emissions',
      'Item                               Unit                          2022          2023',
      'Scope 1 and 2 emissions            tCO2eq                   4,286,420     4,105,260',
      'GHG intensity                      tCO2eq/KRW 100 million       34.33         34.37',
    ].join('\n');
    expect(intensities(text)).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 4_105_260 }), expect.objectContaining({ value: 11_942_800_000_000 }), expect.objectContaining({ value: 34.37 })] }));
  });

  it('reads an intensity called 密度 over the revenue of a note under its table', () => {
    const text = [
      '附錄一：環境關鍵績效指標',
      '',
      '關鍵績效指標\t單位\t2023年\t2022年',
      '溫室氣體排放總量（範圍1及範圍2）\t噸二氧化碳當量\t18,426\t19,284',
      '溫室氣體排放密度（附註1）\t噸二氧化碳當量／百萬港元收益\t4.12\t4.57',
      '',
      '附註：',
      '1. 密度按本集團收益計算：2023年為4,472.3百萬港元（2022年：4,218.6百萬港元）。',
    ].join('\n');
    const found = intensities(text);
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 18_426 }), expect.objectContaining({ value: 4_472_300_000 }), expect.objectContaining({ value: 4.12 })] }));
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 19_284 }), expect.objectContaining({ value: 4_218_600_000 }), expect.objectContaining({ value: 4.57 })] }));
  });
});
