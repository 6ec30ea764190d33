import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a Chinese whole with its 总 said before it or after', () => {
  it('reads `占总用水量的N%` over `用水总量` said before', () => {
    const text = (share: string) => `水资源管理\n2024年，公司用水总量1,286万吨，同比下降3.2%，主要得益于各园区冷却塔改造。中水回用量214万吨，占总用水量的${share}%。\n`;
    expect(shareOf(text('16.6'), 16.6)).toEqual([[true, [2_140_000, 12_860_000, 16.6]]]);
    expect(shareOf(text('18.6'), 18.6)).toEqual([[false, [2_140_000, 12_860_000, 18.6]]]);
  });

  it('reads `占耗电总量的N%` over `总耗电量` said before (a miss no slip of its digits explains)', () => {
    const text = (share: string) => `能源管理\n本年度公司总耗电量为58.6万兆瓦时，较上年下降4.1%。冷链设备耗电12.4万兆瓦时，占耗电总量的${share}%。\n`;
    expect(shareOf(text('21.2'), 21.2)).toEqual([[true, [124_000, 586_000, 21.2]]]);
    expect(shareOf(text('24.0'), 24)).toEqual([[false, [124_000, 586_000, 24]]]);
  });
});
