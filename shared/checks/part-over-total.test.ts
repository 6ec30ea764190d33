import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const overTotal = (text: string) => checksOf('sum', text).filter((c) => c.rule === 'sum.part-over-total');

describe('a part larger than the whole it is included in', () => {
  const text = (rural: string) =>
    `In 2023, the Company invested NT$138 million in community programs in total, including NT$62.4 million in education, NT$${rural} million in rural communities and NT$30 million in environmental protection.`;

  it('is a mismatch, however far the parts miss (a scale slipped in one of them)', () => {
    expect(overTotal(text('456'))).toMatchObject([{ holds: false, stated: 138e6, expected: 548.4e6 }]);
  });

  it('says nothing when no part exceeds the whole (a list that is included need not be all of it)', () => {
    expect(overTotal(text('45.6'))).toEqual([]);
    expect(overTotal(text('12'))).toEqual([]);
  });

  it('holds counts of different things apart: `2,486 employees, including 850 managers, … 30,000 hours`', () => {
    expect(overTotal('2,486 employees, including more than 850 product managers, spent 30,000 hours with over 8,000 users.')).toEqual([]);
  });
});
