import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 43's misses, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('a Chinese statement of unit with its exceptions', () => {
  it('scales the cells under `（单位：亿元，比例除外）` and keeps the percentage row', () => {
    const table = ['表5-2　责任投资情况（单位：亿元，比例除外）', '项目\t2022年末\t2023年末', '绿色投资余额\t486.2\t563.9', '绿色投资占比（%）\t5.8\t6.4'].join('\n');
    expect(figures(table)).toEqual([
      ['486.2', 48620000000, 'CNY'],
      ['563.9', 56390000000, 'CNY'],
      ['5.8', 5.8, '%'],
      ['6.4', 6.4, '%'],
    ]);
  });

  it('reads `除…外` and `…除外` clauses of any wording as no part of the unit', () => {
    const under = (caption: string) => figures(`${caption}\n项目\t2023年\n捐赠\t486`)[0];
    expect(under('单位：万元（除每股数据外）')).toEqual(['486', 4860000, 'CNY']);
    expect(under('单位：万元，百分比及比率除外')).toEqual(['486', 4860000, 'CNY']);
    expect(under('单位：万元，除另有说明外')).toEqual(['486', 4860000, 'CNY']);
  });
});

describe('a header naming the rows', () => {
  it('does not take `行业` or `地区` heading the label column as the cells’ unit', () => {
    const table = (head: string) => figures(`单位：亿元\n${head}\t2022年\t2023年\n化学制剂\t58.42\t64.10`);
    expect(table('行业')).toEqual([
      ['58.42', 5842000000, 'CNY'],
      ['64.10', 6410000000, 'CNY'],
    ]);
    expect(table('地区')[0]).toEqual(['58.42', 5842000000, 'CNY']);
  });

  it('reads 新元 (Singapore dollars) as a currency, in a caption and in prose', () => {
    expect(figures('单位：亿新元\n行业\t2022年\t2023年\n房地产\t94\t108')).toEqual([
      ['94', 9400000000, 'SGD'],
      ['108', 10800000000, 'SGD'],
    ]);
    expect(figures('可持续融资组合达到386亿新元。')).toEqual([['386亿新元', 38600000000, 'SGD']]);
  });
});

describe('a Japanese minus', () => {
  it('reads `△` before a cell as a negative', () => {
    expect(figures('Energy consumption   TJ   24,630   22,870   △4.6%\nFinal disposal rate  %  0.62  0.48  △0.07pt')).toEqual([
      ['24,630', 24630, 'TJ'],
      ['22,870', 22870, 'TJ'],
      ['△4.6%', -4.6, '%'],
      ['0.62', 0.62, '%'],
      ['0.48', 0.48, '%'],
      ['△0.07pt', -0.07, 'pp'],
    ]);
  });
});

describe('a note mark before a unit column', () => {
  it('drops `*1` glued to a label even where the unit cell after it scales it', () => {
    const row = 'CO2 emissions (Scope 1+2)*1      thousand t-CO2   1,842   1,605';
    expect(figures(row)).toEqual([
      ['1,842', 1842000, 'tCO2'],
      ['1,605', 1605000, 'tCO2'],
    ]);
  });
});

describe('places counted without a measure word', () => {
  it('keeps `在5国设立奖学金` as a count of countries, no programme’s name', () => {
    expect(figures('公司在5国设立奖学金。')).toEqual([['5', 5, '国']]);
    expect(figures('启动“10城计划”。')).toEqual([]);
    expect(figures('实施10城计划。')).toEqual([]);
  });

  it('counts the countries of `18国企业`, not 国企', () => {
    expect(figures('与沿线18国企业签署合作协议27份')).toEqual([
      ['18', 18, '国'],
      ['27份', 27, '份'],
    ]);
  });
});

describe('a count a Chinese metric names before its copula', () => {
  it('keeps the bare number of `死亡人数为0`, `门店数量达120`', () => {
    expect(figures('员工因工死亡人数为0，')).toEqual([['0', 0, '']]);
    expect(figures('门店数量达120，')).toEqual([['120', 120, '']]);
  });
});

describe('an earlier value of how often', () => {
  it('gives `down from 27.6` after `21.4 times` the unit times', () => {
    expect(figures('Storm overflows spilled on average 21.4 times each in 2023, down from 27.6.')).toEqual([
      ['21.4 times', 21.4, 'times'],
      ['27.6', 27.6, 'times'],
    ]);
  });
});
