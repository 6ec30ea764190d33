import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points-against-table');

const report = (said: string, up: string) =>
  `Table 4: Recycled packaging (thousand tonnes)\n\nMaterial                         2024        2023\nRecycled paper                  41.2        36.0\nRecycled plastic                 9.6         7.1\nTotal recycled                  50.8        43.1\nRecycled content (%)            38.4        33.9\n\n` +
  `Recycled content reached ${said}% of all packaging bought in 2024, up ${up} percentage points on 2023.\n\n` +
  `KEY FIGURES\n\nIndicator                        2024        2023\nPackaging bought (kt)           132.3       127.1\nRecycled content (%)            38.4        33.9\n`;

describe('points said of a share whose level two tables give', () => {
  it('are checked once, against the year before of the table nearest the sentence', () => {
    const found = points(report('38.4', '4.5'));
    expect(found).toMatchObject([{ holds: true, figures: [{ value: 33.9 }, { value: 38.4 }, { value: 4.5 }] }]);
    expect(found[0]!.figures[0]!.start).toBeLessThan(found[0]!.figures[1]!.start);
  });

  it('find a share that restates neither, against the level near it', () => {
    // 34.8 for 38.4: 34.8 - 33.9 is 0.9 points, not the 4.5 the sentence says
    expect(points(report('34.8', '4.5'))).toMatchObject([{ holds: false, figures: [{ value: 33.9 }, { value: 34.8 }, { value: 4.5 }] }]);
  });

  it('take the share for the slip too when the table\'s own points are those said: the share and its row disagree', () => {
    // 38.4 - 33.9 is the 4.5 said: the text's 34.8 is what slipped, against the row's 38.4
    expect(points(report('34.8', '4.5'))).toMatchObject([{ holds: false, figures: [{ value: 33.9 }, { value: 34.8 }, { value: 4.5 }] }]);
    const pairs = (up: string) => checksOf('consistency', report('34.8', up)).filter((c) => c.rule === 'consistency.points-row-share');
    expect(pairs('4.5').map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [34.8, 38.4]]]);
    // points neither gives say nothing of which slipped
    expect(pairs('2.1')).toEqual([]);
  });
});

describe('a Chinese share row named without the whole it is of', () => {
  it('is the row of `研发投入占营业收入比例` for `研发投入…，占营业收入比例`', () => {
    const text = (pp: string) =>
      `2024年，公司研发投入12.46亿元，同比增长5.1%，占营业收入比例3.86%，较上年提升${pp}个百分点。\n\n关键绩效表\n\n指标                        单位        2024年        2023年\n营业收入                    亿元        322.80        345.10\n研发投入                    亿元         12.46         11.86\n研发投入占营业收入比例      %             3.86          3.44\n`;
    expect(points(text('0.42'))).toMatchObject([{ holds: true }]);
    expect(points(text('0.24'))).toMatchObject([{ holds: false, stated: 0.24 }]);
  });
});
