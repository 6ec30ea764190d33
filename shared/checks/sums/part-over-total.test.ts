import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

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

  it('ends a list of kinds of the whole where a figure names no such kind: `商标48件，其中注册商标12件，著作权156件`', () => {
    const zh = (next: string) => `截至2024年末，公司持有商标48件，其中注册商标12件，${next}。`;
    expect(overTotal(zh('集体商标156件'))).toMatchObject([{ holds: false, stated: 48 }]);
    expect(overTotal(zh('著作权156件'))).toEqual([]);
  });
});

describe('totals said around their figure', () => {
  const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('opens a breakdown with `Of our $3.9 billion …,`', () => {
    expect(sums('Of our $3.9 billion capital investment, $1.6 billion went to grid modernization, $1.3 billion to clean generation, $0.6 billion to gas safety and $0.4 billion to technology.')).toEqual([
      [true, [3.9e9, 1.6e9, 1.3e9, 0.6e9, 0.4e9]],
    ]);
  });

  it('opens a breakdown when the next sentence starts with 其中', () => {
    expect(sums('2023 年，公司公益投入 5.6 亿元，同比增长 12.0%。其中乡村振兴项目投入 3.2 亿元，教育公益 1.5 亿元，应急救灾 0.9 亿元。')).toEqual([[true, [5.6e8, 3.2e8, 1.5e8, 0.9e8]]]);
  });

  it('closes its parts with `N in total` after them', () => {
    expect(sums('We have 24 production sites in Japan and 31 sites overseas, 55 sites in total.')).toEqual([[true, [55, 24, 31]]]);
  });
});
