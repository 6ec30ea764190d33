import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an insurer's report in two files: the letters bound the share of women managers opposite ways; the section states this
// year's share exactly, and last year's beside it, on the bound's other side
const pair = (zhLast: string, enLast: string) =>
  checksOf(
    'consistency',
    ['ins-zh.txt', `总裁致辞\n\n公司共有员工8,214人，女性管理人员占比超过40%。全年理赔支出86.42亿元。\n\n四、员工\n\n女性管理人员412人，占管理人员总数的40.6%，${zhLast}。`],
    ['ins-en.txt', `Chief Executive's letter\n\nOf our 8,214 employees, nearly 40% of managers are women. Claims paid came to RMB8,642 million.\n\n4. People\n\nWomen held 412 management positions, 40.6% of the total, ${enLast}.`],
  ).filter((c) => c.rule === 'consistency.translation-qualifier');

describe('bounds turned in translation, settled by this year\'s exact figure (translation-qualifiers.ts)', () => {
  it('names this year\'s exact share and the wrong bound though last year\'s share lies on the other side', () => {
    const checks = pair('较上年的39.2%提升1.4个百分点', 'up 1.4 percentage points from 39.2%');
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [40, 40, 40.6, 40.6]]]);
    expect(checks[0]!.message).toContain('the exact 40.6% contradicts 40% [nearly]');
  });
});

// a museum group's report in two files: the Chinese letter's bound is turned against the Chinese section's own exact count;
// the English states its count in no unit of its bound's (`28.36 million`), and the Chinese table gives last year's beside this year's
describe('a bound turned in translation, settled by its own language\'s exact figure', () => {
  const museums = (zhBound: string) =>
    checksOf(
      'consistency',
      ['m-zh.txt', `董事长致辞\n\n2024年，集团旗下场馆全年接待观众${zhBound}万人次，举办特展46场。\n\n二、公共服务\n\n全年参观人次2,836万人次，同比增长6.2%。\n\n表2：参观人次（单位：万人次）\n\n场馆            2024年       2023年\n合计            2,836        2,670\n`],
      ['m-en.txt', `Chairman's letter\n\nIn 2024 our museums welcomed more than 28 million visits and staged 46 special exhibitions.\n\n2. Public service\n\nVisits rose 6.2% to 28.36 million.\n`],
    ).filter((c) => c.rule === 'consistency.translation-qualifier');

  it('names the Chinese `近2,800万人次` as wrong against the Chinese 2,836万人次, the Chinese table\'s last year aside', () => {
    const [check, ...rest] = museums('近2,800');
    expect(rest).toEqual([]);
    expect(check!.message).toContain('the exact 2,836万人次 contradicts 2,800万人次 [nearly]');
  });

  it('is silent when the bounds agree', () => {
    expect(museums('超过2,800')).toEqual([]);
  });
});
