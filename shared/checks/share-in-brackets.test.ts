import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

describe('a share in brackets after the figure it is of', () => {
  it('recomputes a response rate in full-width brackets as it does in ASCII ones (发放了 97,827 份问卷，回收了 96,078 份（98%）)', () => {
    const text = (rate: string) => `2022年，我们向员工发放了97,827份问卷，回收了96,078份（${rate}），“90度打分”为88.66分。`;
    expect(checksOf('ratio', text('98%'))).toMatchObject([{ holds: true, figures: [{ value: 96_078 }, { value: 97_827 }, { value: 98 }] }]);
  });

  it('reads ASCII brackets alike (1,050 of the 1,200 surveys sent were returned (87.5%))', () => {
    expect(checksOf('ratio', 'We sent 1,200 surveys to suppliers and 1,050 were returned (87.5%).')).toMatchObject([{ holds: true }]);
  });
});
