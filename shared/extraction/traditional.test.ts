import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

// Hong Kong and Taiwan reports write traditional characters; they read as the simplified ones.

const fig = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe('traditional Chinese', () => {
  it('takes qualifiers, scales and measure words written in traditional characters', () => {
    expect(fig('本集團向社區捐款約1,250萬港元，並有超過\n1,600名員工參與，兩萬餘戶受惠。')).toEqual([
      ['1,250萬港元', 12_500_000, 'HKD', 'about'],
      ['1,600名', 1600, '名', 'over'],
      ['兩萬餘戶', 20_000, '户', 'over'],
    ]);
  });
  it('reads a traditional unit cell of a table', () => {
    expect(fig('指標\t單位\t2024\n溫室氣體排放總量\t噸二氧化碳當量\t52,380')).toEqual([['52,380', 52_380, 'tCO2e', 'exact']]);
  });
  it('reads 分鐘 as minutes, in a row label as in prose', () => {
    expect(fig('每位客戶平均停電時間（分鐘）      1.82      2.36')).toEqual([
      ['1.82', 1.82, 'min', 'exact'],
      ['2.36', 2.36, 'min', 'exact'],
    ]);
    expect(fig('客戶年內平均停電12分鐘。')).toEqual([['12分鐘', 12, 'min', 'exact']]);
  });
  it('leaves simplified text as it is: no simplified character is mapped', () => {
    const simplified = new Set(TRADITIONAL_TO_SIMPLIFIED.values());
    expect([...TRADITIONAL_TO_SIMPLIFIED.keys()].filter((t) => simplified.has(t)).map((t) => String.fromCharCode(t))).toEqual([]);
    expect(fig('集团向社区捐款约1,250万港元')).toEqual([['1,250万港元', 12_500_000, 'HKD', 'about']]);
  });
});
