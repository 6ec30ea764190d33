import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a whole, its parts listed after it, then a comparison closing the sentence: the comparison is the whole's (listed-parts.ts)
const changes = (text: string) => checksOf('change', text).map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);
const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('a comparison after the last part of a list is of the list\'s whole', () => {
  const zh = '2024年用水总量86.0万吨，其中生产用水71.2万吨、生活用水14.8万吨，较上年的92.4万吨下降6.9%。';
  const en = 'Total waste was 12,400 tonnes in 2024, with 8,100 tonnes recycled and 4,300 tonnes sent to landfill, down 3.1% from 12,800 tonnes.';

  it('sets `其中…、…，较上年的…下降…` against the total, not the last part', () => {
    expect(changes(zh)).toEqual([[true, [924_000, 860_000, 6.9]]]);
  });

  it('sets `, with … and …, down …% from …` against the total, not the last part', () => {
    expect(changes(en)).toEqual([[true, [12_800, 12_400, 3.1]]]);
  });

  it('never counts last year\'s whole among the parts', () => {
    expect(sums(zh)).toEqual([[true, [860_000, 712_000, 148_000]]]);
  });

  it('keeps a comparison inside the list its part\'s own', () => {
    const text = '2024年用水总量86.0万吨，其中生产用水71.2万吨，较上年的75.0万吨下降5.1%，生活用水14.8万吨。';
    expect(changes(text)).toEqual([[true, [750_000, 712_000, 5.1]]]);
  });
});

describe('last year\'s figure said in passing totals no parts after it', () => {
  it('adds `较上年的…增长…%，其中…、…` up to this year\'s total alone', () => {
    const text = '本集团2024年运营温室气体排放总量16,600吨二氧化碳当量，较上年的15,900吨增长4.4%，其中范围一排放3,860吨，范围二排放12,740吨。';
    expect(sums(text).filter(([, values]) => (values as number[])[0] === 15_900)).toEqual([]);
  });
});
