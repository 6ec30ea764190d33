import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds).map((c) => c.message);

describe('a share ending one list item', () => {
  it('is not the share of the pair on the next item', () => {
    const text = ['Gender balance at year end:', '  - Senior leadership: 38 women among its 112 members (33.9%)', '  - Supervisory Board: 5 of the 12 members are women (41.7%)', ''].join('\n');
    expect(mismatches(text)).toEqual([]);
  });
});
