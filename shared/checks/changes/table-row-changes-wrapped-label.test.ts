import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A Chinese letter wraps its lines inside words (`会员⏎卡收入同比增长`): the words still name the table row `会员卡收入`.

const report = (rate: string) =>
  [
    '馆长致辞',
    '',
    `2024年，本馆共接待读者186.4万人次，同比增长9.2%。数字阅读推广成效明显，会员`,
    `卡收入同比增长${rate}%；讲座与展览活动达到412场。`,
    '',
    '表1：经营收入（单位：万元）',
    '',
    '项目                       2024年      占比（%）      2023年      同比（%）',
    '会员卡收入                    1,260         42.0        1,050        +20.0',
    '场地租赁收入                  1,740         58.0        1,710         +1.8',
    '合计                          3,000        100.0        2,760         +8.7',
  ].join('\n');

const rowChecks = (text: string) => [...checksOf('change', text), ...checksOf('consistency', text)].filter((c) => c.figures.some((f) => f.value === 1_260e4 || f.value === 20));

describe("a rate said of a table row's metric across a wrapped line", () => {
  it('is read against the row (`会员⏎卡收入同比增长16.7%` against 1,050 -> 1,260, +20.0)', () => {
    expect(rowChecks(report('16.7')).filter((c) => !c.holds).length).toBeGreaterThan(0);
  });

  it('agrees with the row when it says the row\'s rate', () => {
    expect(rowChecks(report('20.0')).filter((c) => !c.holds)).toEqual([]);
  });
});
