import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// A prior year's value named only by the comparison that introduces it (`较上年的16.2%`, `up 2.2
// percentage points from 16.2%`) names no metric of its own: two of them in one report are the priors of
// two different shares, no one claim stated twice.

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));
const far = (line: string) => `\n\n${line}\n\n`.repeat(6);

describe('a prior value named only by its comparison', () => {
  it('is no metric in Chinese (`较上年的16.2%`, `较上年的19.8%`)', () => {
    const text = [
      '2024年，本行绿色贷款余额占各项贷款的18.4%，较上年的16.2%提升2.2个百分点。',
      far('本行持续完善环境与社会风险管理体系，将气候风险纳入全面风险管理。'),
      '本行共有管理人员1,286人，其中女性管理人员占比为21.5%，较上年的19.8%提升1.7个百分点。',
    ].join('');
    expect(mismatches(text)).toEqual([]);
  });

  it('is no metric in English (`up 2.2 percentage points from 16.2%`)', () => {
    const text = [
      'Green loans made up 18.4% of the loan book in 2024, up 2.2 percentage points from 16.2%.',
      far('We continued to build climate risk into our enterprise risk framework.'),
      'Women held 21.5% of management roles, up 1.7 percentage points from 19.8%.',
    ].join('');
    expect(mismatches(text)).toEqual([]);
  });
});
