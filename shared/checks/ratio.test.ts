import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

describe('a share and its inputs in other orders', () => {
  it('takes the count just after the share as its numerator: 女性佔 38.1%，即 102 人', () => {
    expect(checksOf('ratio', '管理層共 268 人，女性佔 38.1%，即 102 人。')).toMatchObject([{ holds: true, figures: [{ value: 102 }, { value: 268 }, { value: 38.1 }] }]);
  });

  it('calls a share of "the total" a mismatch when the total is the only other figure of its sentence', () => {
    const text = (staff: string) => `The Company had 8,452 employees, including ${staff} R&D staff, accounting for 27.4% of the total.`;
    expect(checksOf('ratio', text('2,316'))).toMatchObject([{ holds: true }]);
    expect(checksOf('ratio', text('2,613'))).toMatchObject([{ holds: false, stated: 27.4 }]);
  });

  it('reads "one in five" as a share cue', () => {
    const text = 'We employ 14,260 people directly. One in five of our employees is a woman (2,852 women, 20.0%).';
    const shares = checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 2_852));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.every((c) => c.holds && c.figures.some((f) => f.value === 14_260))).toBe(true);
  });
});
