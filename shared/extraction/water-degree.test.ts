import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// In Taiwan a 度 of water, as the water company bills it, is a cubic metre; a 度 of electricity a kWh.

const cells = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a unit cell of 度 in a row of water', () => {
  it('is cubic metres, while a row of electricity keeps kWh', () => {
    const table = ['項目              單位        2024年      2023年', '自來水使用量      度          12,480      13,020', '外購電力          千度         2,136       2,208'].join('\n');
    expect(cells(table)).toEqual([
      ['12,480', 12_480, 'm3'],
      ['13,020', 13_020, 'm3'],
      ['2,136', 2_136_000, 'kWh'],
      ['2,208', 2_208_000, 'kWh'],
    ]);
  });
});
