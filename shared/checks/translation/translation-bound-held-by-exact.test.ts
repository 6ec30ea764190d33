import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a stadium operator's letter in two languages: the Chinese rounds the spectators with `近`, the English with `about`; the
// operations section may state the amount exactly in both
const pair = (exact: boolean) =>
  checksOf(
    'consistency',
    ['zh.txt', `2024年，公司举办赛事286场，接待观众近550万人次，实现营业收入3.10亿元，同比增长10.7%。${exact ? '全年观众548万人次，同比增长16.1%。' : ''}公司员工1,300人，其中女性员工462人，营业收入较上年的2.80亿元增长10.7%。`],
    ['en.txt', `In 2024 we staged 286 events, welcomed about 5.5 million spectators and earned revenue of RMB310.0 million, up 10.7%. ${exact ? 'Attendance was 5.48 million, up 16.1%. ' : ''}We employed 1,300 people, 462 of them women, and revenue rose 10.7% from RMB280.0 million.`],
  ).filter((c) => !c.holds && c.rule === 'consistency.translation-qualifier');

describe('a bound in one language, `about` in the other', () => {
  it('is no slip when the amount is said exactly on the bound\'s side (`近550万人次`, `about 5.5 million`, 5.48 million)', () => {
    expect(pair(true)).toEqual([]);
  });

  it('is set side by side when nothing says the amount exactly', () => {
    expect(pair(false)).toMatchObject([{ figures: [{ value: 5_500_000 }, { value: 5_500_000 }] }]);
  });
});
