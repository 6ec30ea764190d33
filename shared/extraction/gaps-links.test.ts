import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A Markdown link left by conversion around a figure's number (`超过[13,000](#)项`, `[400](#)万企业`,
// the Alibaba seed's highlights): the link's brackets and target are a gap, like `**` emphasis, so the
// qualifier before, the scale word and the noun after stay the figure's.
const fig = (text: string) => extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier }));

describe('a Markdown link around a number', () => {
  it('keeps the qualifier before and the noun after: `超过[13,000](#)项`', () => {
    expect(fig('截至2022年3月31日，我们获得全球授权专利超过[13,000](#)项。')).toEqual([{ text: '13,000](#)项', value: 13_000, unit: '项', qualifier: 'over' }]);
  });

  it('keeps the scale word after the link: `[400](#)万企业`', () => {
    expect(fig('阿里云为全球[400](#)万企业提供服务。')).toMatchObject([{ value: 4_000_000, qualifier: 'exact' }]);
  });

  it('keeps a linked decimal after an acronym a figure, no version (`年平均PUE [1.247](#)`)', () => {
    expect(fig('阿里云数据中心年平均PUE [1.247](#)，处于亚洲领先水平。')).toMatchObject([{ value: 1.247 }]);
  });

  it('reads a link with a real target, and leaves brackets that are no link alone', () => {
    expect(fig('served [2.5](https://example.com/kpi) million customers')).toMatchObject([{ value: 2_500_000 }]);
    expect(fig('共服务 400 [注1] 万户')).not.toContainEqual(expect.objectContaining({ value: 4_000_000 }));
  });
});
