import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a total written at another scale than its listed parts add to', () => {
  const text = (total: string) =>
    `Our charitable giving totalled S$${total} million in 2023, comprising S$2.14 million for education, S$1.36 million for elderly care and S$0.72 million for the arts.`;

  it('is a mismatch, though it misses them by far more than half', () => {
    expect(checksOf('sum', text('4.22'))).toMatchObject([{ holds: true, rule: 'sum.listed-parts' }]);
    expect(checksOf('sum', text('42.2'))).toMatchObject([{ holds: false, rule: 'sum.listed-parts', expected: 4.22e6, stated: 42.2e6 }]);
  });
});
