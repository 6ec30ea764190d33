import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe("a share whose part is the total of the table its subject captions (`Recycled water made up 31.6% of total water withdrawal`)", () => {
  const english = (share: string) => `2.2 Water

Total water withdrawal was 12,480 thousand m³ in 2024, 2.1% less than in 2023, of which groundwater supplied 8,210 thousand m³.

Table 5: Recycled water (thousand m³)

Source                          2024        2023
Process water reuse            2,124       1,986
Rainwater harvesting           1,286       1,104
Treated effluent                 534         412
Total                          3,944       3,502

Recycled water made up ${share} of total water withdrawal in 2024.
`;

  it("reads the table's total over the whole the text names", () => {
    expect(shares(english('31.6%'))).toEqual(expect.arrayContaining([[true, [3_944_000, 12_480_000, 31.6]]]));
    expect(shares(english('36.1%'))).toEqual(expect.arrayContaining([[false, [3_944_000, 12_480_000, 36.1]]]));
  });

  const chinese = (share: string) => `（二）水资源

2024年，公司取水总量1,248.0万立方米，同比下降2.1%。

表5：再生水利用量（单位：万立方米）

来源                          2024年        2023年
工艺水回用                    212.4         198.6
雨水收集                      128.6         110.4
中水回用                       53.4          41.2
合计                          394.4         350.2

2024年再生水占取水总量的${share}。
`;

  it('reads 再生水 of 表5：再生水利用量 as its 合计', () => {
    expect(shares(chinese('31.6%'))).toEqual(expect.arrayContaining([[true, [3_944_000, 12_480_000, 31.6]]]));
    expect(shares(chinese('36.1%'))).toEqual(expect.arrayContaining([[false, [3_944_000, 12_480_000, 36.1]]]));
  });
});
