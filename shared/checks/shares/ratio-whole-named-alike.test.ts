import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.share-of-whole-named-alike';
const alike = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a whole named in the very words of another share, whose whole was found', () => {
  // a water utility: the chairman's letter names reclaimed water's share of 总供水量, the figure before it named otherwise
  const zh = (share: string) => `董事长致辞

2024年，公司全年管网供水量48,260万立方米，同比增长4.7%。再生水利用持续扩大，全年再生水供应3,412万立方米，占总供水量的${share}，
为城市节约了宝贵的新鲜水资源。


二、供水服务

表3：供水量按水源（单位：万立方米）

水源                      2024年        2023年
地表水                    41,206        39,480
地下水                     3,642         3,500
再生水                     3,412         3,120
合计                      48,260        46,100

2024年再生水供应3,412万立方米，占总供水量的7.1%，上年为6.8%。
`;

  it('divides the part by the whole the other share was worked out of (the year before\'s whole taken instead is a mismatch)', () => {
    expect(alike(zh('7.4%'))).toEqual([[false, [34_120_000, 482_600_000, 7.4]]]);
    // (one that comes out of the figure before it holds there already)
    expect(checksOf('ratio', zh('7.1%')).filter((c) => !c.holds)).toEqual([]);
  });

  // a bus operator: electric buses' share of total ridership in the introduction, the same words under the ridership breakdown
  const en = (share: string) => `Introduction

Our network carried 184.2 million passengers in 2024. Electric buses carried 21.6 million passengers, ${share} of total ridership, and
we added 48 charging points at our depots.


1. Safety

No passenger or employee lost their life on our network in 2024. We trained every driver in defensive driving again this year,
fitted blind-spot cameras to the buses still without them and reviewed each junction where a collision was reported, with the
city's highway engineers. Assaults on drivers fell after we extended screens to the whole fleet, and the helpline for staff who
were affected stayed open round the clock. Our safety committee, chaired by a non-executive director, met six times.


2. Operations

Total ridership rose 3.1% to 184.2 million passengers. Electric buses carried 21.6 million passengers, 11.7% of total ridership,
up from 9.4%.
`;

  it('reads the English alike', () => {
    expect(alike(en('12.4%'))).toEqual([[false, [21_600_000, 184_200_000, 12.4]]]);
    expect(checksOf('ratio', en('11.7%')).filter((c) => !c.holds)).toEqual([]);
  });
});
