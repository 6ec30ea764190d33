import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.rule, c.figures.map((f) => f.value)]);

describe('a share of a named whole, which a bound states before it and a key-figures row exactly', () => {
  // a district heating company: the letter's `超过120万户`, the key figures' 居民用户 118.4万户
  const text = `董事长致辞

2024年，公司服务的居民用户超过120万户，供热面积再创新高。

二、安全运营

全年完成居民用户室内巡检112.6万户，占居民用户总数的95.1%，排查整改隐患1,286处。

四、关键绩效表

指标                              单位                  2024年        2023年
居民用户                          万户                   118.4         114.7
供热面积                          万平方米              12,460        11,980
`;

  it('takes the exact row for the whole, never the bound', () => {
    const found = shares(text);
    expect(found).toContainEqual([true, 'ratio.share-of-named-whole', [1_126_000, 1_184_000, 95.1]]);
    expect(found.filter(([holds]) => !holds)).toEqual([]);
  });
});
