import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share said between a total and its breakdown', () => {
  // the whole the share is of (`5.8% of its investment assets of RMB 4.268 trillion`) is neither a part nor the list's total
  const english = (equity: string) =>
    `At the end of 2023 the Group's green investments stood at RMB 248.6 billion, 5.8% of its investment assets of RMB 4.268 trillion, comprising green bonds of RMB 124.8 billion, clean energy infrastructure of RMB 86.2 billion and green equity investments of RMB ${equity} billion.`;

  it('adds an English `comprising` list up to the amount before the share', () => {
    expect(checksOf('sum', english('37.6'))).toMatchObject([{ holds: true, rule: 'sum.listed-parts', figures: [{ value: 248.6e9 }, { value: 124.8e9 }, { value: 86.2e9 }, { value: 37.6e9 }] }]);
    expect(checksOf('sum', english('36.7'))).toMatchObject([{ holds: false, rule: 'sum.listed-parts', stated: 248.6e9 }]);
  });

  it('opens a Chinese `其中` breakdown of the amount before `占 … 的 N%`', () => {
    const text = '截至2023年末，集团绿色投资余额2,486亿元，占投资资产42,680亿元的5.8%，其中绿色债券1,248亿元、清洁能源基础设施862亿元、绿色产业股权投资376亿元。';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, figures: [{ value: 2_486e8 }, { value: 1_248e8 }, { value: 862e8 }, { value: 376e8 }] }]);
  });
});
