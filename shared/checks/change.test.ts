import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

describe('a change stated new value first', () => {
  it('recomputes `28.4 GL, down from 30.1 GL, a decrease of N%`', () => {
    const check = (rate: string) => checksOf('change', `We withdrew 28.4 GL of water in FY2023, down from 30.1 GL in FY2022, a decrease of ${rate}%.`);
    expect(check('5.6')).toMatchObject([{ holds: true }]);
    expect(check('7.6')).toMatchObject([{ holds: false, stated: 7.6 }]);
  });

  it('recomputes `3.26 亿立方米，较上年的 3.05 亿立方米增长 N%`', () => {
    const check = (rate: string) => checksOf('change', `全年污水处理量 3.26 亿立方米，较上年的 3.05 亿立方米增长 ${rate}%。`);
    expect(check('6.9')).toMatchObject([{ holds: true }]);
    expect(check('9.6')).toMatchObject([{ holds: false }]);
  });
});
