import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('constants of a method', () => {
  it("drops a grid emission factor, a conversion coefficient and a gas's GWP", () => {
    expect(values('排放因子采用全国电网平均排放因子0.5703吨二氧化碳/兆瓦时。')).toEqual([]);
    expect(values('电力折标系数按1.229吨标准煤/万千瓦时计算。')).toEqual([]);
    expect(values('We applied an emission factor of 0.233 kgCO2e/kWh and a GWP of 28 for methane.')).toEqual([]);
  });
  it('keeps the figures the method is applied to', () => {
    expect(values('排放因子下降后，范围2排放减少12.4万吨。')).toEqual([124_000]);
    expect(values('Scope 2 emissions fell 8% as the grid factor improved.')).toEqual([8]);
  });
  it("drops a typographic size, whose pt is no percentage point", () => {
    expect(values('Headings are set in 2 pt font; rules are 0.5 pt thick; a font size of 9 pt.')).toEqual([]);
    expect(values('Operating margin rose 1.5 pt, and 2 pts in Asia.')).toEqual([1.5, 2]);
  });
});

describe('constants of a method in traditional characters', () => {
  it('drops a grid coefficient written 排碳係數, keeping the figures around it', () => {
    expect(values('範疇二排放量依能源署公告之電力排碳係數0.495公斤CO2e/度計算，合計32,112公噸CO2e。')).toEqual([32_112]);
    expect(values('電力排放係數為0.502公斤CO2e/度')).toEqual([]);
  });
});
