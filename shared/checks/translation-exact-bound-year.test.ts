import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
    expect(checks.map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[false, [40, 40, 40.6]]]);
    expect(checks[0]!.message).toContain('the exact 40.6% contradicts 40% [nearly]');
  });
});
