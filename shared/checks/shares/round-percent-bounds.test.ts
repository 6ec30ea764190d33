import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a port's revenue paragraph: a business's share of revenue said with a bound on a round per cent
const shares = (said: string) =>
  checksOf('ratio', `Revenue was RMB80.0 million in 2024. Container handling earned RMB46.8 million, ${said} of revenue, and bulk cargo the rest.`).filter((c) =>
    c.figures.some((f) => f.value === 46_800_000),
  );

describe('a bound on a round per cent', () => {
  it('reaches a twentieth of it (`nearly 60%` of 58.5% holds)', () => {
    expect(shares('nearly 60%')).toMatchObject([{ holds: true }]);
  });

  it('`over 55%` of 58.5% holds', () => {
    expect(shares('over 55%')).toMatchObject([{ holds: true }]);
  });

  it('not past it: `nearly 70%` of 58.5% does not hold', () => {
    expect(shares('nearly 70%')).toMatchObject([{ holds: false }]);
  });

  it('a per cent written to its unit is held to the unit (`nearly 59%` of 58.5% holds, `over 59%` does not)', () => {
    expect(shares('nearly 59%')).toMatchObject([{ holds: true }]);
    expect(shares('over 59%')).toMatchObject([{ holds: false }]);
  });
});
