import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineEndWithin, lineStartWithin } from './lines';

describe('the line around a position, looked for within a bound', () => {
  it('finds the line as an unbounded search would, when it is within the bound, and -1 when not', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', ' ', '\r'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.nat(70), fc.nat(70), (t, at, max) => {
        const i = Math.min(at, t.length);
        const start = i === 0 ? 0 : t.lastIndexOf('\n', i - 1) + 1; // lastIndexOf(…, -1) still looks at 0
        const endAt = t.indexOf('\n', i);
        const end = endAt < 0 ? t.length : endAt;
        expect(lineStartWithin(t, i, max)).toBe(i - start <= max ? start : -1);
        expect(lineEndWithin(t, i, max)).toBe(end - i <= max ? end : -1);
      }),
    );
  });

  it('reads no further than the bound on a long line', () => {
    const long = 'x'.repeat(1_000_000);
    expect(lineStartWithin(long, 500_000, 30)).toBe(-1);
    expect(lineEndWithin(long, 500_000, 30)).toBe(-1);
  });
});
