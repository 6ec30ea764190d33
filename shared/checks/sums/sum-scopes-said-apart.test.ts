import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.scoped-parts');

describe('a figure of two scopes totals its scopes\' figures, however it is said, its parts\' scopes read past an aside', () => {
  it('adds up an English paragraph whose Scope 1 sentence parts its subject from its figure', () => {
    // a laundry group's emissions paragraph: an aside between `Scope 1 emissions` and its verb, and a total said by `came to`
    const text =
      'Scope 1 emissions, mostly from the gas-fired dryers at our two largest plants and from our van fleet, were 1,214 tCO2e. ' +
      'Scope 2 emissions were 2,640 tCO2e, so our Scope 1 and 2 emissions came to 3,584 tCO2e in 2024.';
    expect(sums(text)).toMatchObject([{ holds: false, expected: 3854 }]);
    expect(sums(text.replace('3,584', '3,854'))).toMatchObject([{ holds: true }]);
  });

  it('adds up a total said before its parts as the sum of two scopes', () => {
    // a bakery chain's: the combined scopes first, each scope after it
    const text = 'Our Scope 1 and 2 emissions stood at 7,480 tCO2e in 2024. Scope 1 emissions were 5,260 tCO2e and Scope 2 emissions 2,420 tCO2e.';
    expect(sums(text)).toMatchObject([{ holds: false, expected: 7680 }]);
  });

  it('adds up a Chinese paragraph whose 范围一 sentence parts its subject from its figure', () => {
    // a cold-chain warehouse operator's 温室气体 paragraph
    const text = '范围一排放，主要来自叉车和冷库备用柴油发电机，为1,214吨二氧化碳当量。范围二排放2,640吨二氧化碳当量，范围一和范围二排放为3,584吨二氧化碳当量。';
    expect(sums(text)).toMatchObject([{ holds: false, expected: 3854 }]);
  });
});
