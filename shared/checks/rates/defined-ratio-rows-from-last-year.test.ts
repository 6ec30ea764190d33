import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE);

describe('a defined ratio said in the text as last year\'s value then this year\'s', () => {
  it('takes `由上年的1.71提升至1.80` as this year\'s 1.80, the sentence\'s own inputs over it', () => {
    const text = `董事长致辞

截至2024年末，公司门店总数1,286家，会员总数2,315万人，店均会员数由上年的1.71提升至1.80。

关键绩效表

指标                  单位          2024年      2023年
门店总数              家             1,286       1,229
会员数                万人           2,315       2,102
店均会员数            万人/家         1.80        1.71

注：店均会员数 = 会员数 ÷ 门店总数。
`;
    const found = ratios(text);
    expect(found.filter((c) => !c.holds)).toEqual([]);
    const said = found.find((c) => c.figures.some((f) => f.role === 'result' && f.start < text.indexOf('关键绩效表')));
    expect(said?.holds).toBe(true);
    expect(said?.figures.map((f) => f.start < text.indexOf('关键绩效表'))).toEqual([true, true, true]);
  });

  it('takes `TR rose from 1.62 to 1.65` as this year\'s 1.65 in English', () => {
    const text = `At the end of 2024 we had 24,860 towers and 41,020 tenants, and TR rose from 1.62 to 1.65.

Key figures

Indicator                Unit          2024        2023
Towers                   number      24,860      24,100
Tenants                  number      41,020      39,050
Tenancy ratio (TR)       —             1.65        1.62

Note: TR = tenants / towers.
`;
    const found = ratios(text);
    expect(found.filter((c) => !c.holds)).toEqual([]);
    expect(found.some((c) => c.figures.some((f) => f.role === 'result' && f.value === 1.65 && f.start < text.indexOf('Key figures')))).toBe(true);
  });

  it('takes the value after `由2023年的1.41降至1.39` as this year\'s, though its sentence names 2023 last', () => {
    const text = `我们坚持绿色低碳发展，冷库平均RCR由2023年的1.41降至1.39。

关键绩效表

指标                      单位              2024年        2023年
总用电量                  万千瓦时          6,120         5,984
制冷用电量                万千瓦时          4,403         4,244
RCR                       —                 1.39          1.41

注：RCR = 总用电量 ÷ 制冷用电量。
`;
    const found = ratios(text);
    expect(found.filter((c) => !c.holds)).toEqual([]);
    expect(found.some((c) => c.figures.some((f) => f.role === 'result' && f.value === 1.39 && f.start < text.indexOf('关键绩效表')))).toBe(true);
  });
});
