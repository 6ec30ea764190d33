import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a report in two files: the Chinese message says `more than`, the English one its own bound, and each file gives the exact count
const pair = (english: string) =>
  checksOf(
    'consistency',
    ['tea-sc.txt', '董事长致辞\n\n我们超过1.2万名员工是公司最宝贵的财富。\n\n2. 员工\n\n2023年末，公司共有员工12,140人。\n\n关键数据\n指标\t单位\t2023年\t2022年\n员工总数\t人\t12,140\t11,830\n'],
    [
      'tea-en.txt',
      `Chairman's message\n\nOur ${english} employees are the strength of the company.\n\n2. Our people\n\nAt the end of 2023 the company had 12,140 employees.\n\nKey data\nIndicator\tUnit\t2023\t2022\nTotal employees\tpersons\t12,140\t11,830\n`,
    ],
  ).filter((c) => !c.holds);

describe('a bound a translation turned (`超过1.2万名`, `nearly 12,000`) against the count its own file gives', () => {
  it('is flagged in its own file too, with the sentence that says the count, besides against the other language', () => {
    const checks = pair('nearly 12,000');
    // (within the file, by the rounded-restatement rule or as a headcount by the metric rules: consistency-headcount.ts)
    expect(checks).toHaveLength(2);
    expect(checks.filter((c) => c.rule === 'consistency.translation-qualifier')).toHaveLength(1);
    const own = checks.find((c) => c.rule !== 'consistency.translation-qualifier')!;
    expect(own.figures.map((f) => f.value)).toEqual([12_000, 12_140, 12_140]);
  });

  it('is none when both files bound it as the count bears out (`more than 12,000`)', () => {
    expect(pair('more than 12,000')).toEqual([]);
  });
});
