import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share of `the total` its sentence breaks down after a colon', () => {
  const text = (share: string) =>
    `Our operational emissions were 52,400 tCO2e in 2023: Scope 1 emissions of 6,180 tCO2e, mainly from our fleet and boilers, and Scope 2 emissions of 46,220 tCO2e from purchased electricity, ${share}% of the total.`;

  it('holds against the figure the colon breaks down', () => {
    expect(checksOf('ratio', text('88.2'))).toMatchObject([{ holds: true, figures: [{ value: 46_220 }, { value: 52_400 }, { value: 88.2 }] }]);
  });

  it('is a mismatch when it does not come out', () => {
    expect(checksOf('ratio', text('82.8'))).toMatchObject([{ holds: false, figures: [{ value: 46_220 }, { value: 52_400 }, { value: 82.8 }] }]);
  });
});

describe('a bare share of the part a `其中` sentence opens with', () => {
  const text = (share: string) => `2023年，集团原保险保费收入4,286.4亿元，同比增长5.2%。其中，寿险保费收入2,864.2亿元，占比${share}%，同比增长4.2%。`;

  it('is of the figure the sentence before ends on', () => {
    expect(checksOf('ratio', text('66.8'))).toMatchObject([{ holds: true, figures: [{ value: 2_864.2e8 }, { value: 4_286.4e8 }, { value: 66.8 }] }]);
    expect(checksOf('ratio', text('66.2'))).toMatchObject([{ holds: false, figures: [{ value: 2_864.2e8 }, { value: 4_286.4e8 }, { value: 66.2 }] }]);
  });
});
