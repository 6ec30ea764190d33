import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy company's report: its president's letter, its people section, and its key performance table
const report = (letter: string, row: string) =>
  [
    '总裁致辞',
    '',
    `2024年，公司生鲜乳产量增长6.2%。${letter}`,
    '',
    '三、员工权益',
    '',
    '截至2024年末，公司共有员工8,352人，同比增长2.1%；其中女性员工3,106人，占员工总数的37.2%。',
    '',
    '四、关键绩效表',
    '',
    '指标                    单位        2024年      2023年',
    '生鲜乳产量              万吨         46.28       43.58',
    `${row}`,
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value).sort((a, b) => a - b);

describe("a key table's row of a total (`员工总数`) is the total the text says of its noun (`共有员工8,352人`)", () => {
  it('flags the row when its year differs from the text, and holds it when it agrees', () => {
    expect(mismatches(report('感谢全体员工的付出。', '员工总数                人           8,416       8,180')).map(values)).toEqual([[8_352, 8_416]]);
    expect(mismatches(report('感谢全体员工的付出。', '员工总数                人           8,352       8,180'))).toEqual([]);
  });

  it("leaves the row's earlier year to the text's earlier figures", () => {
    expect(mismatches(report('感谢全体员工的付出。', '员工总数                人           8,352       8,416'))).toEqual([]);
  });
});

describe('an exact count of a noun alone (`我们的8,352名员工`) restates the total of that noun said with the same value', () => {
  it('joins the total, so a row that differs is flagged against it too', () => {
    const [check, ...rest] = mismatches(report('我们的8,352名员工扎根牧场一线。', '员工总数                人           8,416       8,180'));
    expect(rest).toEqual([]);
    expect(values(check!)).toEqual([8_352, 8_352, 8_416]);
  });

  it('is read for nothing else: a count of the noun near the total is a part (`为8,120名员工提供培训`)', () => {
    expect(mismatches(report('公司为8,120名员工提供了技能培训。', '员工总数                人           8,352       8,180'))).toEqual([]);
  });
});
