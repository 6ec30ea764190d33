import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const quotients = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.table-row-quotient').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a dairy's key table: its emissions intensity's unit says tonnes alone (`吨/万元`), its emissions row tonnes of CO2e
const zh = (emissions: string) =>
  [
    '关键绩效表',
    '指标                        单位                  2024年        2023年',
    '营业收入                    万元                 128,460       119,870',
    '碳排放总量                  吨二氧化碳当量    ' + emissions + '        40,260',
    '碳排放强度                  吨/万元                0.318         0.336',
  ].join('\n');

// a logistics company's key figures: `t per GBP million` over `tCO2e` and revenue
const en = (emissions: string) =>
  [
    'Key figures',
    'Indicator                    Unit                 2024        2023',
    'Revenue                      GBP million         486.2       452.9',
    'Scope 1 and 2 emissions      tCO2e            ' + emissions + '      12,412',
    'Emissions intensity          t per GBP million    24.8        27.4',
  ].join('\n');

describe('an emissions intensity whose unit says a mass alone, over rows of CO2e', () => {
  it('is the quotient of the emissions row and the row it is per, year by year (Chinese `吨/万元`)', () => {
    expect(quotients(zh('40,852'))).toEqual([
      [true, [40_852, 1_284_600_000, 0.318]],
      [true, [40_260, 1_198_700_000, 0.336]],
    ]);
    expect(quotients(zh('42,060'))[0]).toEqual([false, [42_060, 1_284_600_000, 0.318]]);
  });

  it('and in English (`t per GBP million`)', () => {
    expect(quotients(en('12,058'))).toEqual([
      [true, [12_058, 486_200_000, 24.8]],
      [true, [12_412, 452_900_000, 27.4]],
    ]);
    expect(quotients(en('12,850'))[0]).toEqual([false, [12_850, 486_200_000, 24.8]]);
  });
});

describe('an intensity per an amount of money its label names nothing of, beside several rows in that money', () => {
  // a brewery's key table: revenue, its community spend and its revenue per employee all in 万元
  const table = (emissions: string) =>
    [
      '关键绩效表',
      '指标                        单位                  2024年        2023年',
      '营业收入                    万元                 128,460       119,870',
      '公益投入                    万元                     386           352',
      '人均营业收入                万元                   96.4          91.2',
      '碳排放总量                  吨二氧化碳当量    ' + emissions + '        40,260',
      '碳排放强度                  吨/万元                0.318         0.336',
    ].join('\n');

  it('is per revenue, a year that misses a mismatch though only the other holds', () => {
    expect(quotients(table('40,852'))).toEqual([
      [true, [40_852, 1_284_600_000, 0.318]],
      [true, [40_260, 1_198_700_000, 0.336]],
    ]);
    expect(quotients(table('42,060'))[0]).toEqual([false, [42_060, 1_284_600_000, 0.318]]);
  });
});

describe('a discharge intensity in a mass alone, its label naming no gas', () => {
  it('is not read over the rows of CO2e (`废水排放强度  吨/万元` is tonnes of water)', () => {
    const text = zh('40,852').replace('碳排放强度                  吨/万元                0.318         0.336', '废水排放强度                吨/万元                0.318         0.336');
    expect(quotients(text)).toEqual([]);
  });
});
