import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('sum', text).filter((c) => !c.holds).map((c) => c.message);

describe('a sentence breaking one whole down two ways', () => {
  it('calls no slip when one part is a group by sex and another a group by role', () => {
    expect(mismatches('年末在册职工共7,864人，其中生产运行人员5,217人，女职工2,347人，占比28.1%。')).toEqual([]);
  });
  it('still calls a slip in a breakdown by sex alone', () => {
    expect(mismatches('年末在册职工共7,864人，其中男职工5,217人，女职工2,347人。')).not.toEqual([]);
  });
});
