import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a total said with the year before in a bracket, then its parts', () => {
  it('takes this year\'s figure, not the bracket\'s, as the total of `(2022: …): Scope 1 … and Scope 2 …`', () => {
    const text = (scope2: string) => `Greenhouse gas emissions fell 2.3% to 864,000 tCO2e (2022: 884,000 tCO2e): Scope 1 62,000 tCO2e and Scope 2 ${scope2} tCO2e.`;
    expect(sums(text('802,000'))).toEqual([[true, [864_000, 62_000, 802_000]]]);
    expect(sums(text('812,000'))).toEqual([[false, [864_000, 62_000, 812_000]]]);
  });

  it('reads `, of which` after the bracket as breaking this year\'s figure down', () => {
    const text = 'Scope 1 and 2 emissions fell 8.4% to 186,420 tCO2e (2022: 203,520 tCO2e), of which Scope 1 112,840 tCO2e and Scope 2 73,580 tCO2e.';
    expect(sums(text)).toEqual([[true, [186_420, 112_840, 73_580]]]);
  });

  it('calls no sum of `其中` parts under the bracket\'s `（2022年：88.4万吨）`', () => {
    const text = '温室气体排放总量86.4万吨二氧化碳当量，同比下降2.3%（2022年：88.4万吨），其中范围一排放6.2万吨、范围二排放80.2万吨。';
    expect(sums(text)).toEqual([[true, [864_000, 62_000, 802_000]]]);
  });
});

describe('a part, then the year before\'s part and whole in a bracket', () => {
  it('adds no figure of the bracket to this year\'s part (`其中1,320吨（61.4%）为食品（2023年：2,480吨中的1,460吨）`)', () => {
    const text = (bracket: string) => `公司2024年共捐赠物资2,150吨，其中1,320吨（61.4%）为食品${bracket}。`;
    expect(sums(text('（2023年：2,480吨中的1,460吨）'))).toEqual([]);
    // the same figures said as this year's parts exceed the whole
    expect(sums(text('，2,480吨为衣物、1,460吨为药品'))).toEqual([[false, [2_150, 1_320, 2_480, 1_460]]]);
  });
});
