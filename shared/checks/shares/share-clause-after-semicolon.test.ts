import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a facade contractor's revenue: a service's amount in one clause, its share of revenue in the next after a `;`, which opens
// by naming the service again
const shares = (clause: string) =>
  checksOf('ratio', `Revenue was A$52,000 thousand. Gondola servicing remains our second service at A$14.30 million, up 6.1%; ${clause} of revenue, rests on contracts with 96 building owners.`).filter(
    (c) => c.figures.some((f) => f.value === 14_300_000),
  );

describe('a share whose clause after a `;` names again the amount of the clause before', () => {
  it('is that amount\'s share (`gondola servicing, now 29.5% of revenue`: 14.30 / 52.0 is 27.5%)', () => {
    expect(shares('gondola servicing, now 29.5%')).toMatchObject([{ holds: false, figures: [{ value: 14_300_000 }, { value: 52_000_000 }, { value: 29.5 }] }]);
  });

  it('and holds when it is (`27.5%`)', () => {
    expect(shares('gondola servicing, now 27.5%')).toMatchObject([{ holds: true }]);
  });

  it('a clause naming something else is not (`rope access, now 29.5%`)', () => {
    expect(shares('rope access, now 29.5%')).toEqual([]);
  });
});
