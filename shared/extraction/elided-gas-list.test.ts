import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string) => extractFigures(text).map((f) => [f.text, f.unit] as const);

describe('a list of emissions says the gas once', () => {
  it('reads the next scopes, their total and last year`s figure in the first figure`s gas', () => {
    expect(units('2024年，公司范围一排放1,260吨二氧化碳当量，范围二排放8,940吨，合计10,200吨，较上年的10,850吨下降6.0%。')).toEqual([
      ['1,260吨二氧化碳当量', 'tCO2e'],
      ['8,940吨', 'tCO2e'],
      ['10,200吨', 'tCO2e'],
      ['10,850吨', 'tCO2e'],
      ['6.0%', '%'],
    ]);
  });

  it('leaves other pollutants in tonnes (`二氧化硫排放8吨，合计20吨`)', () => {
    expect(units('氮氧化物排放12吨，二氧化硫排放8吨，合计20吨。')).toEqual([
      ['12吨', 't'],
      ['8吨', 't'],
      ['20吨', 't'],
    ]);
  });
});
