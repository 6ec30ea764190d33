import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A KPI appendix as a layout-keeping PDF text gives it: a unit column between each row's label and
// its years, the total row first and its breakdown under it.
const ghg = (scope3of2022: string) =>
  [
    'Environmental performance',
    'Indicator                        Unit          2021        2022',
    'Total GHG emissions              tCO2e      186,240     198,530',
    'Scope 1 emissions                tCO2e        7,960       8,130',
    'Scope 2 emissions                tCO2e      128,410     135,620',
    `Scope 3 emissions                tCO2e       49,870      ${scope3of2022}`,
    '',
  ].join('\n');

describe('a KPI table with a unit column and its total row first', () => {
  it('adds each year up to the total row above its scopes', () => {
    expect(checksOf('sum', ghg('54,780')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 186_240],
      [true, 198_530],
    ]);
  });

  it('calls a year whose scopes miss the total above them a mismatch', () => {
    expect(checksOf('sum', ghg('55,780')).filter((c) => !c.holds)).toMatchObject([{ stated: 198_530, expected: 199_530 }]);
  });

  it('adds rows sharing the counted noun of the row above them, and calls a mismatch by it only what one slip explains', () => {
    const table = (partTime: string) =>
      ['指标 Indicator\t单位\t2022\t2023', `年度活跃骑手 Annually active riders\t万名\t115.3\t126.4`, `全职骑手 Full-time riders\t万名\t35.1\t38.2`, `兼职骑手 Part-time riders\t万名\t80.2\t${partTime}`, '参加培训骑手 Riders trained\t万名\t24.8\t29.6', ''].join('\n');
    expect(checksOf('sum', table('88.2')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 1_153_000],
      [true, 1_264_000],
    ]);
    expect(checksOf('sum', table('84.7')).filter((c) => !c.holds)).toEqual([]);
    expect(checksOf('sum', table('87.2')).filter((c) => !c.holds)).toMatchObject([{ expected: 1_254_000, stated: 1_264_000, rule: 'sum.table-total-first.one-slip' }]);
  });

  it('reads a head noun after a note in brackets and footnote marks (温室气体排放强度 (单位收入…) over 范围 1 排放强度 ²)', () => {
    const table = (scope3: string) =>
      [
        '指标\t单位\t2022 财年',
        '温室气体排放强度 (单位收入温室气体排放量)\t吨二氧化碳当量 / 百万人民币收入\t15.5',
        '范围 1 排放强度 ²\t吨二氧化碳当量 / 百万人民币收入\t1.1',
        '范围 2 排放强度 ³\t吨二氧化碳当量 / 百万人民币收入\t5.2',
        `范围 3 排放强度 ⁴\t吨二氧化碳当量 / 百万人民币收入\t${scope3}`,
        '',
      ].join('\n');
    expect(checksOf('sum', table('9.2')).map((c) => [c.holds, c.stated])).toEqual([[true, 15.5]]);
    expect(checksOf('sum', table('9.7')).filter((c) => !c.holds)).toEqual([]);
  });

  it('never takes two cells of one table for transposed digits of each other (9,640 men of 2023, 9,460 R&D staff of 2022)', () => {
    const social = ['Indicator                 Unit          2022        2023', 'Total employees           persons     15,480      16,920', 'Male employees            persons      8,950       9,640', 'Female employees          persons      6,530       7,280', 'R&D staff                 persons      9,460      10,380', ''].join('\n');
    expect(checksOf('consistency', social).filter((c) => !c.holds)).toEqual([]);
    expect(checksOf('sum', social).map((c) => c.holds)).toEqual([true, true]);
  });
});

describe('a text figure restated in a table row of several years', () => {
  const report = [
    'Operating and financial review',
    'Revenue of A$6,842 million (FY2022: A$6,215 million) was 10.1% higher, reflecting',
    'higher volumes and realised prices. Underlying EBITDA was A$3,118 million, an EBITDA',
    'margin of 45.6%. Net profit after tax was A$1,874 million.',
    '',
    'Financial summary',
    'FY2023 FY2022',
    'Revenue (A$m) 6,842 6,215',
    'Underlying EBITDA (A$m) 3,118 2,734',
    'EBITDA margin (%) 45.6 44.0',
    'Net profit after tax (A$m) 1,874 1,652',
    '',
  ].join('\n');

  it('joins one cell of the row, never two: last year’s column is no disagreement with this year’s text', () => {
    expect(checksOf('consistency', report).filter((c) => !c.holds)).toEqual([]);
  });
});

// a building society's key figures: rows of several kinds, two of money that happen to sit above `Total assets`,
// and a total of emissions under its scopes
const society = (scope2: string) =>
  [
    'Key figures',
    '',
    'Indicator                     Unit                   2024       2023',
    'Members                       number               41,260     40,180',
    'Mortgage lending              GBP thousand        212,400    198,600',
    'Member deposits               GBP thousand        486,900    461,200',
    'Total assets                  GBP thousand        742,800    701,500',
    'Scope 1 emissions             tCO2e                    84         91',
    `Scope 2 emissions             tCO2e                   ${scope2}        176`,
    'Total GHG emissions           tCO2e                   242        267',
    '',
  ].join('\n');

describe('a key-figures table of rows of several kinds', () => {
  it('sums no rows into an English total that do not name its noun (`Total assets` over lending and deposits)', () => {
    expect(checksOf('sum', society('158')).filter((c) => !c.holds)).toEqual([]);
  });

  it('still sums the rows that name it (`Scope 1 emissions`, `Scope 2 emissions` under `Total GHG emissions`)', () => {
    expect(checksOf('sum', society('185')).filter((c) => !c.holds).map((c) => c.stated)).toEqual([242]);
  });
});
