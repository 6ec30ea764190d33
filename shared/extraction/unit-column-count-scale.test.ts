import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A unit column whose cell is a scale and a plural noun of what the row counts (`million tyres`).

const values = (text: string) => extractFigures(text).map((f) => [f.text, f.value] as const);

describe('a unit column stating a scale of counted things', () => {
  it('scales the row’s values by it, as a caption `(thousand vehicles)` would', () => {
    const table = [
      'Metric                          Unit                  FY2025       FY2024',
      'Vehicles sold                   thousand vehicles      612.4        570.9',
      'Two-wheelers dispatched         lakh units              18.6         17.2',
      'Passenger trips                 million passenger trips   41.2      39.7',
      'Charging points installed       number                 1,240          980',
    ].join('\n');
    const got = values(table);
    expect(got).toContainEqual(['612.4', 612400]);
    expect(got).toContainEqual(['570.9', 570900]);
    expect(got).toContainEqual(['18.6', 1860000]);
    expect(got).toContainEqual(['41.2', 41200000]);
    expect(got).toContainEqual(['1,240', 1240]);
  });
});

describe('a Chinese unit column stating a scale before what the row counts (`万标箱`)', () => {
  it('scales the row’s values by it, as the English column `million TEU` is read', () => {
    const table = [
      '指标                      单位              2025年        2024年',
      '集装箱吞吐量              万标箱            3,418.6       3,206.2',
      '冷链配送量                万自然箱            812.6         764.3',
      '泊位数量                  个                   64            61',
    ].join('\n');
    const got = values(table);
    expect(got).toContainEqual(['3,418.6', 34186000]);
    expect(got).toContainEqual(['3,206.2', 32062000]);
    expect(got).toContainEqual(['812.6', 8126000]);
    expect(got).toContainEqual(['64', 64]);
  });
});

describe('a caption stating a Chinese scale of counted things (`（单位：万剂）`, `单位：千尾`)', () => {
  const units = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

  it('scales the table\'s cells by it, the counted word their unit, as `2,862.0万剂` reads in a sentence', () => {
    const table = [
      '表2：肉禽出栏量（单位：万羽）',
      '',
      '产品                2025年       占比（%）       2024年',
      '白羽肉鸡             1,284.6        51.2       1,196.8',
      '黄羽肉鸡             1,224.2        48.8       1,240.4',
    ].join('\n');
    expect(units(table)).toEqual([
      ['1,284.6', 12_846_000, '羽'],
      ['51.2', 51.2, '%'],
      ['1,196.8', 11_968_000, '羽'],
      ['1,224.2', 12_242_000, '羽'],
      ['48.8', 48.8, '%'],
      ['1,240.4', 12_404_000, '羽'],
    ]);
  });

  it('reads 千 before a counted word too, after a title line\'s `单位：`', () => {
    const table = ['鱼苗投放量                              单位：千尾', '', '品类              2025年       2024年', '草鱼苗            418.6        392.4'].join('\n');
    expect(units(table)).toEqual([
      ['418.6', 418_600, '尾'],
      ['392.4', 392_400, '尾'],
    ]);
  });
});
