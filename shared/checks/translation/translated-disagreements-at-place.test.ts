import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const restated = (zh: string, en: string) =>
  checksOf('consistency', ['lanshan-brewery-2024-zh.txt', zh], ['lanshan-brewery-2024-en.txt', en])
    .filter((c) => c.rule === 'consistency.translation-restated')
    .map((c) => c.figures.map((f) => [f.doc.slice(-6, -4), f.value]));

describe('a figure of one file against one other of its own, the translation at its place saying the other value', () => {
  const zh = (said: string) => `二、环境

（一）水资源

2024年公司取水量162.4万立方米，较上年下降2.3%。单位产品取水量${said}立方米/千升，较上年下降5.1%。回用水量38.6万立方米，占取水量的23.8%。

关键绩效表

指标                单位              2024年      2023年
取水量              万立方米           162.4       166.2
单位产品取水量      立方米/千升         3.26        3.44
回用水量            万立方米            38.6        35.1
`;
  const en = `2 Environment

2.1 Water

We withdrew 1.624 million m³ of water in 2024, 2.3% less than in 2023. Water per kilolitre of beer was 3.26 m³, 5.1% lower than the year before. We reused 386 thousand m³, 23.8% of the water we withdrew.

Key performance indicators

Indicator                 Unit              2024       2023
Water withdrawal          thousand m³      1,624      1,662
Water per kilolitre       m³/kL             3.26       3.44
Water reused              thousand m³        386        351
`;

  it('sets the odd Chinese figure against the English figure at its own place', () => {
    expect(restated(zh('3.62'), en)).toEqual([[['zh', 3.62], ['en', 3.26]]]);
  });

  it('says nothing when the Chinese agrees with itself', () => {
    expect(restated(zh('3.26'), en)).toEqual([]);
  });

  it('says nothing when the English at that place says neither value', () => {
    expect(restated(zh('3.62'), en.replace('was 3.26 m³', 'was 3.81 m³'))).toEqual([]);
  });
});
