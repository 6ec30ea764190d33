import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { extractFigures } from '../../extraction/index';
import { slipVariants } from './slips';

const values = (text: string, slips?: 'swaps') => slipVariants(extractFigures(text)[0]!, slips).map((f) => f.value);

describe('one slip of a digit, undone', () => {
  it('swaps each pair of adjacent digits, across the decimal point only in a share of three significant digits or more, never into a leading zero', () => {
    expect(values('找回4,906个', 'swaps')).toEqual([9_406, 4_096, 4_960]);
    expect(values('98%')).toEqual([89]);
    expect(values('9.2 万吨')).toEqual([]);
    expect(values('67.9%')).toEqual([76.9, 69.7]);
    expect(values('67.9 万吨')).toEqual([76.9e4]);
    expect(values('50 名')).toEqual([]);
  });

  it('mistypes one digit only in numbers of four significant digits or more', () => {
    expect(values('1,721,438 MWh')).toContain(1_321_438);
    expect(values('1,721,438 MWh', 'swaps')).not.toContain(1_321_438);
    expect(values('找回4,906个')).toHaveLength(3 + 4 * 9 - 1); // a mistype into a leading zero is none
    expect(values('1,200 名')).toEqual([2_100, 1_020]);
    expect(values('5.2 万吨')).toEqual([]);
  });
});

describe('a miss one slip explains, where a rule is unsure of its parts', () => {
  it('calls the only pair of a share sentence a mismatch when a swapped digit explains the miss', () => {
    const text = (found: string) => `累计发布走失儿童信息5,038条，找回${found}个，找回率98.5%。`;
    expect(checksOf('ratio', text('4,960'))).toMatchObject([{ holds: true, rule: 'ratio.pair-in-sentence' }]);
    expect(checksOf('ratio', text('4,906'))).toMatchObject([{ holds: false, rule: 'ratio.pair-in-sentence.one-slip' }]);
    // a miss of no slip's shape may be a share of something else
    expect(checksOf('ratio', text('4,700'))).toEqual([]);
  });

  it('calls a share of a larger figure earlier in its paragraph a mismatch when a swap explains the miss, to the share\'s last digit', () => {
    const text = (share: string) => `截至年底，公司共有员工 5,106 人。女性员工 1,860 人，占比 ${share}。`;
    expect(checksOf('ratio', text('36.4%'))).toMatchObject([{ holds: true, rule: 'ratio.share-of-earlier-figure' }]);
    expect(checksOf('ratio', text('63.4%'))).toMatchObject([{ holds: false, expected: (1_860 / 5_106) * 100, rule: 'ratio.share-of-earlier-figure.one-slip' }]);
    expect(checksOf('ratio', text('41.7%'))).toEqual([]);
    // `其中` says the share's whole, so no slip is needed to call a miss
    expect(checksOf('ratio', text('41.7%').replace('女性', '其中女性'))).toMatchObject([{ holds: false, rule: 'ratio.share-of-earlier-figure' }]);
    // rounded figures allow many quotients: a swap that meets one of them explains nothing
    expect(checksOf('ratio', `The programme reached 1,150 schools. In all, 860 schools joined, or 58%.`)).toEqual([]);
    // `Of these` names the share's whole: then it is a plain mismatch
    expect(checksOf('ratio', `The programme reached 1,150 schools. Of these, 860 schools joined, or 58%.`)).toMatchObject([{ holds: false, rule: 'ratio.share-of-earlier-figure' }]);
  });

  it('calls a breakdown said after its total a mismatch when one mistyped digit explains the miss', () => {
    const text = (total: string) => `2023 年，公司对外捐赠合计 ${total} 万元，其中教育助学 1,080 万元、乡村振兴 736 万元、抗灾救灾 240 万元。`;
    expect(checksOf('sum', text('2,056'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', text('2,156'))).toMatchObject([{ holds: false, expected: 2_056e4, rule: 'sum.following-parts.one-slip' }]);
    expect(checksOf('sum', text('2,311'))).toEqual([]);
  });

  it('reads a round total over parts written to the unit as fine as they are: no slip of a part explains a miss of a thousand', () => {
    // 2,140 + 316 = 2,456: a 3 mistyped for 2 in 2,140 would meet a round 3,000 read as 2,500–3,500; to the unit it meets nothing
    const text = (total: string) => `截至年末，集团共有骑手${total}人，其中全职骑手2,140人，站长316人。`;
    expect(checksOf('sum', text('3,000')).filter((c) => !c.holds)).toEqual([]);
    expect(checksOf('sum', text('2,465'))).toMatchObject([{ holds: false, expected: 2_456, rule: 'sum.following-parts.one-slip' }]);
  });

  it('calls a miss by half or more a mismatch only when a slip explains it (18,426 written 81,426)', () => {
    const text = (total: string) => `2023 年温室气体排放总量为 ${total} 吨二氧化碳当量，其中范围一排放 2,115 吨，范围二排放 16,311 吨。`;
    expect(checksOf('sum', text('18,426'))).toMatchObject([{ holds: true }]);
    expect(checksOf('sum', text('81,426'))).toMatchObject([{ holds: false, expected: 18_426, stated: 81_426 }]);
    expect(checksOf('sum', text('52,917'))).toEqual([]);
  });

  it('calls a table total over the rows under it a mismatch when a swap in one row explains the miss', () => {
    const table = (part: string) => `指标\t单位\t2022 财年\n温室气体排放\t吨\t13,249,439\n直接排放\t吨\t926,779\n外购电力排放\t吨\t${part}\n其他间接排放\t吨\t7,877,422\n`;
    expect(checksOf('sum', table('4,445,238')).filter((c) => c.holds)).toHaveLength(1);
    expect(checksOf('sum', table('4,445,283'))).toMatchObject([{ holds: false, rule: 'sum.table-total-first.one-slip' }]);
    expect(checksOf('sum', table('4,437,561'))).toEqual([]);
  });

  it('seeks no slip under a row above its own `其中` row in a sibling row that adds up to the table\'s total beside it', () => {
    const table = (total: string) =>
      `表2 营业收入按业务（单位：亿元）\n业务\t2024年\t2023年\n港口装卸\t86.4\t80.2\n物流服务\t174.8\t160.9\n其中：冷链物流\t121.3\t110.6\n船舶代理\t23.5\t21.1\n${total}`;
    const under = (text: string) => checksOf('sum', text).filter((c) => c.figures[0]!.value === 174.8e8);
    // 121.3 + 23.5 = 144.8, 174.8 with one digit mistyped: yet 船舶代理 adds up to 合计 beside 物流服务, its sibling
    expect(under(table('合计\t284.7\t262.2\n'))).toEqual([]);
    // with no total to tell, the rows under a `其中` row are its parts
    expect(under(table(''))).toMatchObject([{ holds: false, rule: 'sum.following-parts.one-slip' }]);
  });

  it('seeks none in a sibling row either when the table\'s total beside the row misses their sum by a slip of its own', () => {
    const table = (total: string) =>
      `表3 营业收入按业务（单位：亿元）\n业务\t2024年\t2023年\n港口装卸\t86.4\t80.2\n物流服务\t174.8\t141.7\n其中：冷链物流\t121.3\t110.6\n船舶代理\t23.5\t21.1\n${total}`;
    const under = (text: string) => checksOf('sum', text).filter((c) => c.figures[0]!.value === 141.7e8);
    // 110.6 + 21.1 = 131.7, 141.7 with one digit mistyped: but 80.2 + 141.7 + 21.1 = 243.0 is the 合计's 248.0 with one digit mistyped, its slip
    expect(under(table('合计\t284.7\t248.0\n'))).toEqual([]);
    expect(under(table(''))).toMatchObject([{ holds: false, rule: 'sum.following-parts.one-slip' }]);
  });
});
