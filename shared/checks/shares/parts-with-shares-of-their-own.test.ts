import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ratios = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.filter((f) => f.role !== 'mention').map((f) => f.value)]);

describe('a part said with a share of its own', () => {
  it('is no whole of a later share of the workforce (`Our Leeds plant employed 980 people, 45.8% of the total`)', () => {
    const text =
      'We ended 2024 with 2,140 employees, 1.9% more than a year earlier. Our Leeds plant employed 980 people, 45.8% of the total; our Hull depot employed 210 people, 4.1% fewer than a year earlier. Women made up 31.4% of our workforce (672 people).';
    expect(ratios(text)).toContainEqual([true, [672, 2140, 31.4]]);
    expect(ratios(text).filter(([, values]) => (values as number[]).includes(672) && (values as number[]).includes(980))).toEqual([]);
  });

  it('is no part of a later share in its sentence (`610 of our people, 41.2%, were women, and 88.5% of our people …`)', () => {
    const text = 'At year end we employed 1,480 people. Operators numbered 920; 610 of our people, 41.2%, were women, and 88.5% of our people live within ten kilometres of the plant.';
    expect(ratios(text).filter(([, values]) => (values as number[]).includes(88.5))).toEqual([]);
  });
});
