import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('a number inside a definition', () => {
  it('is no figure as a criterion a comparison introduces', () => {
    const footnotes =
      '² “淘宝村”的认定标准主要包括：（1）经营场所：在农村地区；（2）销售规模：电子商务年销售额达到1000万元；（3）网商规模：本村活跃网店数量达到100家，或活跃网店数量达到当地家庭户数的10%。\n\n' +
      '³ “淘宝镇”是指一个乡镇的淘宝村大于或等于3个，或者一个乡镇一年电商销售额超过3000万元、活跃网店超过300个。';
    expect(values(footnotes)).toEqual([]);
    expect(values('An SME is defined as a firm with fewer than 250 employees.')).toEqual([]);
  });

  it('stays a figure outside the definition’s sentence, or stated without a comparison', () => {
    expect(values('“淘宝镇”是指淘宝村较多的乡镇。2021年，全国淘宝镇销售额超过3000万元的有1,000个。')).toEqual([3e7, 1000]);
    expect(values('“淘宝村”是指下营村等 7,023 个村庄。An SME is defined as a small firm. We served more than 250 SMEs.')).toEqual([7023, 250]);
  });
});

describe("a limit a result is judged against", () => {
  it('is no figure as the limit a result is judged against', () => {
    expect(values('Network losses were 5.6% of units distributed, within the regulatory allowance of 6.0%.')).toEqual([5.6]);
    expect(values('We set a limit of 40 tonnes.')).toEqual([40]);
  });
});

describe('a radius that bounds what is counted', () => {
  it('is no figure after within and before the place it is measured from', () => {
    expect(values('Half of our dairy comes from farms within 100 km of our factories.')).toEqual([50]);
    expect(values('Most customers live within 5 miles from a store.')).toEqual([]);
  });

  it('stays a figure as a length laid, or a time', () => {
    expect(values('We built 100 km of new fibre, and 2 km within 3 days of the storm.')).toEqual([100, 2]);
  });
});
