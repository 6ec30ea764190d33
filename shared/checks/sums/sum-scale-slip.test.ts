import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (impairment: string) =>
  `Exceptional items totalled £25.1 million, comprising restructuring of £14.6 million, impairment of £${impairment} million and acquisition costs of £2.2 million.`;

describe('a list that makes up its total, one part written at the wrong scale', () => {
  it('is a mismatch however far its parts miss, when a part at another scale makes them add up', () => {
    expect(sums(text('83.4'))).toEqual([[false, [25.1e6, 14.6e6, 83.4e6, 2.2e6]]]);
  });

  it('holds with the part at its scale', () => {
    expect(sums(text('8.3'))).toEqual([[true, [25.1e6, 14.6e6, 8.3e6, 2.2e6]]]);
  });

  it('says nothing of parts far off that no scale explains', () => {
    expect(sums(text('61.4'))).toEqual([]);
  });
});
