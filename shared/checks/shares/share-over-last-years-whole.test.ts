import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a share that comes out only over the year before's whole its paragraph compares this year's with: worked over the wrong year
const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.rule, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe("a share worked over last year's whole, this year's said beside it", () => {
  it("is a mismatch over this year's whole (a grocer's customers; a recycler's 回收总量)", () => {
    const grocer = (share: string) => `Our stores served 12.6 million customers in 2024, up 4.1% from 12.1 million in 2023. Loyalty members, at 5.32 million, were ${share}% of the customers we served.`;
    expect(shares(grocer('44.0'))).toEqual([[false, 'ratio.share-of-earlier-figure.last-years-whole', [5_320_000, 12_600_000, 44.0]]]);
    const recycler = '2024年公司回收废旧电池8,460吨，较上年的7,920吨增长6.8%。其中动力电池3,120吨，占回收总量的39.4%。';
    expect(shares(recycler)).toEqual([[false, 'ratio.share-of-earlier-figure.last-years-whole', [3_120, 8_460, 39.4]]]);
  });

  it("holds over this year's whole when the share is right, and reads no slip where last year's whole does not give it", () => {
    const grocer = (share: string) => `Our stores served 12.6 million customers in 2024, up 4.1% from 12.1 million in 2023. Loyalty members, at 5.32 million, were ${share}% of the customers we served.`;
    expect(shares(grocer('42.2'))).toEqual([[true, 'ratio.share-of-earlier-figure', [5_320_000, 12_600_000, 42.2]]]);
    expect(shares(grocer('47.5'))).toEqual([]);
  });
});
