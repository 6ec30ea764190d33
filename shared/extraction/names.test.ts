import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (text: string): string[] => extractFigures(text).map((f) => f.text);

describe('names that hold a number', () => {
  it("drops the number opening a day's or an event's name", () => {
    expect(texts('During the 2023 99 Giving Day campaign, over 58 million donations were made.')).toEqual(['58 million']);
    expect(texts('at the 5 Star Summit in May')).toEqual([]);
  });
  it("drops one or two digits after a name in mid-sentence (`the Terminal 2 roof`), not a count after an acronym or a possessive", () => {
    expect(texts('The array on the Terminal 2\nroof generated 9,870 MWh.')).toEqual(['9,870 MWh']);
    expect(texts('Panels on Building 3 generated 412 MWh.')).toEqual(['412 MWh']);
    expect(texts('Across the UK 12 sites closed, and the Foundation\'s 12 partners stayed. Our 38 vessels sailed.')).toEqual(['12', '12', '38']);
  });
  it('keeps a count of such events, and counts before capitalised nouns', () => {
    expect(texts('We hosted 3 Innovation Day events and won 12 Industry Awards.')).toEqual(['3', '12']);
  });
});

describe('a platform or a scheme named by a number', () => {
  it('drops both factors of a programme named by a product (10×1000, 10X1000), keeping a product with a unit', () => {
    expect(texts('benefit from the 10×1000 Tech for Inclusion program, training 1,000 experts a year')).toEqual(['1,000']);
    expect(texts('加入 10x1000 科技普惠计划')).toEqual([]);
    expect(texts('建设 2×660MW 超超临界机组')).toEqual(['660MW']);
  });
  it('drops a number glued to 平台', () => {
    expect(texts('而1688平台的先进技术可以帮助卖家。我们接入了 300 个平台。')).toEqual(['300 个']);
  });
  it('drops a number plus a capital letter standing for any count', () => {
    expect(texts('建立 1+N 碳账户体系，推行“3+N”模式，覆盖 100+ Countries')).toEqual(['100+']);
  });
});

describe('a tier', () => {
  it('names a category, no count', () => {
    expect(texts('35% are those coming from tier-four cities or lower, in a four-tier structure; we reached four cities.')).toEqual(['35%', 'four']);
  });
});

describe('a count after "the"', () => {
  it('stays a claim when it counts the list just named (the three local e-wallet partners)', () => {
    expect(texts('So far, TnGD in Malaysia, DANA in Indonesia and GCash in the Philippines, the three local e-wallet partners of Alipay, have undertaken the promise.')).toEqual(['three']);
  });
  it('is a reference back otherwise (the two people, the three partners of the sentence before)', () => {
    expect(texts('Both founders, the two people who started it, left.')).toEqual([]);
    expect(texts('We met Ann, Bob and Carl. The three partners agreed.')).toEqual([]);
  });
});

describe('a scheme named by a quotation', () => {
  it('drops the number opening a quotation that names a scheme or a campaign, however long', () => {
    expect(texts('Jack Ma initiated the “three hours of volunteer work per person per year” scheme, and 2,486 employees joined.')).toEqual(['2,486']);
    expect(texts('Alipay initiated the “Three Hours Listening to customers’ needs” campaign.')).toEqual([]);
    // a PDF's line wrapped inside the name, not a paragraph ended in it
    expect(texts('Alipay initiated the “Three Hours\nListening to customers’ needs” campaign.')).toEqual([]);
    expect(texts('initiated the “three hours\n\nIt was” 5 campaigns')).toContain('three hours');
  });
  it('keeps a quoted claim', () => {
    expect(texts('She said “3 million people joined” last year.')).toEqual(['3 million']);
  });
});

describe('the benefits package 五险一金 in English', () => {
  it('is a name, not a count of insurances', () => {
    expect(texts('五险一金\n\nFive social insurances & one housing fund\n\nWe pay five social insurances and one housing fund for 6,909 employees.')).toEqual(['6,909']);
  });
  it('leaves a count of insurance policies', () => {
    expect(texts('We bought five insurance policies for the team.')).toEqual(['five']);
  });
});

describe('a ranking, an index or a shopping festival named by a number', () => {
  it('drops the number of Fortune 500, FTSE 100, Double 11 and the 618 festival', () => {
    expect(texts('Fortune 500 companies and FTSE 100 constituents joined the Double 11 shopping festival, the Double Eleven sales and the 618 festival, selling 3 million items.')).toEqual(['3 million']);
    expect(texts('upgraded its scheme to its 2.0 version')).toEqual([]);
    // a stage named by a whole number written with `.0` before a capitalised word, not an acronym's count
    expect(texts('Alipay has stepped up in opening for the past few years\n1.0 Era of tool openness\nAlipay opened over 3,000 capability interfaces.')).toEqual(['3,000']);
    expect(texts('The team grew by 1.0 FTE.')).toEqual(['1.0']);
    // no version is written with three decimals or a whole part of 0: a measure after its acronym
    expect(texts('The data centre ran at PUE 1.247 in FY2022, LTIFR 0.21 in 2023.')).toEqual(['1.247', '0.21']);
    expect(texts('We moved to Alipay 2.0 and TLS 1.2 in 2023.')).not.toContain('2.0');
  });
  it('keeps a count of festivals and projects, plural after a number other than one', () => {
    expect(texts('We held 3 festivals and 1 festival, and launched 12 projects.')).toEqual(['3', '1', '12']);
  });
});
