import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 48's misses and false figures, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier] as const);

describe('`cr` after an amount in rupees', () => {
  it('is a crore', () => {
    expect(figures('The company spent ₹ 482 cr on green buildings and Rs. 12.5 cr on solar.')).toEqual([
      ['₹ 482 cr', 4820000000, 'INR', 'exact'],
      ['Rs. 12.5 cr', 125000000, 'INR', 'exact'],
    ]);
  });
});

describe('兆 glued to an amount', () => {
  it('is a trillion, with the 億 after it added', () => {
    expect(figures('全年營收為新台幣2兆1,617億元，資產總額1兆元。')).toEqual([
      ['新台幣2兆1,617億元', 2161700000000, 'TWD', 'exact'],
      ['1兆元', 1000000000000, 'CNY', 'exact'],
    ]);
  });

  it('stays the mega- of a unit after it', () => {
    expect(figures('裝置容量50兆瓦。')).toEqual([['50兆瓦', 50, 'MW', 'exact']]);
  });
});

describe('以下 and 以内 after a verb bringing a result to a level', () => {
  it('bound the result rather than name a criterion', () => {
    expect(figures('送往掩埋處理的比例降至0.2%以下，损耗控制在5%以内。30人以下的企业共12家。')).toEqual([
      ['0.2%以下', 0.2, '%', 'under'],
      ['5%以内', 5, '%', 'up_to'],
      ['12家', 12, '家', 'exact'],
    ]);
  });
});

describe('a process node', () => {
  it('is read in nanometres, and `7奈米及以下` is a class of processes, no figure', () => {
    expect(figures('先進製程（7奈米及以下）營收占晶圓銷售金額的58%。')).toEqual([['58%', 58, '%', 'exact']]);
  });
});

describe('the size of a limit a result is judged against', () => {
  it('is no figure; a limit set as a policy stays one', () => {
    expect(figures('Aggregate leverage was 39.8%, within the 50% limit set by the regulator. We set a 30% limit on coal.')).toEqual([
      ['39.8%', 39.8, '%', 'exact'],
      ['30%', 30, '%', 'exact'],
    ]);
  });
});

describe('a Chinese mass after the substance it is of', () => {
  it('is of standard coal, of CO2 or of CO2 equivalent, across a wrap of the line', () => {
    expect(figures('年节约标准\n煤约58万吨；二氧化碳排放总量约3.92亿吨，减排温室气体12万吨，二氧化硫排放量38,214吨。').map(([t, , u]) => [t, u])).toEqual([
      ['58万吨', 'tce'],
      ['3.92亿吨', 'tCO2'],
      ['12万吨', 'tCO2e'],
      ['38,214吨', 't'],
    ]);
  });

  it('is of standard coal when said `折标` (converted to standard coal)', () => {
    expect(figures('外购蒸汽折标6,248吨，同比下降5.5%；柴油折标约286吨。').map(([t, , u]) => [t, u])).toEqual([
      ['6,248吨', 'tce'],
      ['5.5%', '%'],
      ['286吨', 'tce'],
    ]);
  });

  it('is tce in English as in Chinese: `tonnes of standard coal (equivalent)`', () => {
    expect(figures('Energy use was 104,860 tonnes of standard coal equivalent; we saved 58,000 tons of standard coal.').map(([t, , u]) => [t, u])).toEqual([
      ['104,860 tonnes of standard coal equivalent', 'tce'],
      ['58,000 tons of standard coal', 'tce'],
    ]);
  });
});

describe('a value alone under its label, the label ending in a bracketed mass', () => {
  it('is a mass of the greenhouse gas the label names, and of nothing else where it names none', () => {
    const text = 'Emission of type two greenhouse gasses (Ton)\n3591.25\n\nPaper (Ton)\n12.6\n';
    expect(figures(text).map(([t, , u]) => [t, u])).toEqual([
      ['3591.25', 'tCO2e'],
      ['12.6', 't'],
    ]);
  });
});

describe('a table row whose label names what its tonnes are of', () => {
  it('reads the unit column’s 万吨 as tce or tCO2e, and leaves other rows in tonnes', () => {
    const table = [
      '指标                   单位          2023年        2022年',
      '节约标准煤              万吨          86.42         71.58',
      '减排二氧化碳当量        万吨         214.36        178.62',
      '减排化学需氧量            吨        1,286.4       1,042.8',
    ].join('\n');
    expect(figures(table).map(([t, v, u]) => [t, v, u])).toEqual([
      ['86.42', 864200, 'tce'],
      ['71.58', 715800, 'tce'],
      ['214.36', 2143600, 'tCO2e'],
      ['178.62', 1786200, 'tCO2e'],
      ['1,286.4', 1286.4, 't'],
      ['1,042.8', 1042.8, 't'],
    ]);
  });
});
