import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const restated = (zh: string, en: string) =>
  checksOf('consistency', ['huatai-dairy-2024-zh.txt', zh], ['huatai-dairy-2024-en.txt', en])
    .filter((c) => c.rule === 'consistency.translation-restated')
    .map((c) => c.figures.map((f) => [f.doc.slice(-6, -4), f.value]));

describe('a disagreement of the Chinese file with itself, stated otherwise in the English too', () => {
  const zh = (letter: string) => `董事长致辞

2024年，公司实现营业收入52.6亿元，同比增长8.2%，鲜奶产量${letter}吨。

一、经营

全年鲜奶产量41,200吨，较上年的38,400吨增长7.3%。奶牛存栏52,400头，较上年的48,600头增长7.8%。

关键绩效表

指标              单位        2024年      2023年
营业收入          亿元          52.6        48.6
鲜奶产量          吨          41,200      38,400
奶牛存栏          头          52,400      48,600
`;
  const en = `Letter from the Chairman

In 2024 revenue reached RMB5.26 billion, 8.2% more than in 2023.

1 Operations

We produced 41,200 tonnes of fresh milk, 7.3% more than the 38,400 tonnes of 2023. Our herd numbered 52,400 cows, 7.8% more than the 48,600 of 2023.

Key performance indicators

Indicator             Unit          2024       2023
Revenue               RMB billion   5.26       4.86
Fresh milk produced   tonnes      41,200     38,400
Dairy herd            head        52,400     48,600
`;

  it('sets the odd Chinese figure against the English translations of the two it disagrees with', () => {
    expect(restated(zh('38,400'), en)).toEqual([[['zh', 38_400], ['en', 41_200], ['en', 41_200]]]);
  });

  it('says nothing when the Chinese agrees with itself', () => {
    expect(restated(zh('41,200'), en)).toEqual([]);
  });

  it('says nothing when the English translates the odd figure itself: the two files part there already', () => {
    const letter = en.replace('8.2% more than in 2023.', '8.2% more than in 2023, and we produced 38,400 tonnes of fresh milk.');
    expect(restated(zh('38,400'), letter)).toEqual([]);
  });

  it("sets the odd English figure against the Chinese it disagrees with though the Chinese letter it translates slipped its own way (`3.95万吨`)", () => {
    const zhLetter = zh('3.95万').replace('较上年的38,400吨增长7.3%', '同比增长7.3%');
    const enLetter = en.replace('8.2% more than in 2023.', '8.2% more than in 2023, and we produced 38,400 tonnes of fresh milk.');
    expect(restated(zhLetter, enLetter)).toContainEqual([['en', 38_400], ['zh', 41_200], ['zh', 41_200]]);
  });
});
