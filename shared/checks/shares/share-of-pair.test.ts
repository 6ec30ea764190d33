import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const pairAfter = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-after');

describe('a share followed by the pair it comes from, `(A of B)`', () => {
  it('recomputes `27.5% of our electricity use (412 GWh of 1,620 GWh)` and calls a miss a mismatch', () => {
    const text = (share: string) => `Renewable electricity accounted for ${share}% of our electricity use in FY2023 (412 GWh of 1,620 GWh), up from 21.8% in FY2022.`;
    expect(pairAfter(text('25.4'))).toMatchObject([{ holds: true, figures: [{ value: 412 }, { value: 1_620 }, { value: 25.4 }] }]);
    expect(pairAfter(text('27.5'))).toMatchObject([{ holds: false, stated: 27.5 }]);
  });

  it('recomputes counts: `9.8% of managers in Japan (386 of 3,942)`', () => {
    expect(pairAfter('Women account for 9.8% of managers in Japan (386 of 3,942), 1.2 points higher than the previous year.')).toMatchObject([{ holds: true }]);
  });

  it('says nothing of figures after a share that are no pair of it (`of` not between them)', () => {
    expect(pairAfter('Women account for 9.8% of managers (386 managers and 3,942 staff).')).toEqual([]);
  });
});

describe('a pair said as `A of B` before its share', () => {
  const pairBefore = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-before');

  it('calls `46 of the 212 senior leadership roles (24.7%)` a mismatch (46 / 212 is 21.7%)', () => {
    expect(pairBefore('At 30 June 2023 we employed 5,940 people. Women held 46 of the 212 senior leadership roles (24.7%).')).toMatchObject([{ holds: false, stated: 24.7, figures: [{ value: 46 }, { value: 212 }, { value: 24.7 }] }]);
  });

  it('leaves a share that comes out to the pair-in-sentence rule, and a pair not joined by `of` alone', () => {
    expect(pairBefore('Women held 38 of our 104 senior management roles, or 36.5%.')).toEqual([]);
    expect(checksOf('ratio', 'Women held 38 of our 104 senior management roles, or 36.5%.')).toMatchObject([{ holds: true }]);
    expect(pairBefore('We hired 46 graduates and 212 apprentices (24.7%).')).toEqual([]);
  });
});

const after = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-pair-after').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share followed by its pair after a comma', () => {
  it('is checked when the pair names the share\'s whole again (34.2% of leadership roles …, 212 of the 628 roles)', () => {
    const text = 'At year end women held 34.2% of leadership roles (senior manager and above), 212 of the 628 roles. Our target is 40%.';
    expect(after(text)).toEqual([[false, [212, 628, 34.2]]]);
    expect(after(text.replace('34.2%', '33.8%'))).toEqual([[true, [212, 628, 33.8]]]);
  });

  it('is not when the pair counts something else (38% of our fleet, 11 of the 29 deliveries)', () => {
    expect(after('New aircraft made up 38% of our fleet, 11 of the 29 deliveries this year.')).toEqual([]);
  });
});

describe('a share, its whole, then its part in brackets', () => {
  const rule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-whole-then-part').map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('is checked: 7.4% of our 2,140 pilots (158 women)', () => {
    expect(rule('Women made up 7.4% of our 2,140 pilots (158 women), and we doubled the intake.')).toEqual([[true, [158, 2_140, 7.4]]]);
    expect(rule('Women made up 7.4% of our 2,140 pilots (185 women), and we doubled the intake.')).toEqual([[false, [185, 2_140, 7.4]]]);
  });

  it('is not when the bracket holds a year or the figure after it runs on (12% of our 2,140 pilots (2023: 11%))', () => {
    expect(rule('Women made up 12% of our 2,140 pilots (2023: 11%).')).toEqual([]);
  });
});
