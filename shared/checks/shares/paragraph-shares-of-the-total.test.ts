import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.figures.some((f) => f.role === 'result' && f.value === 7.3))
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);
const paragraph = (solar: string) =>
  `Our plants drew 4,286 GWh of electricity in 2023, 2.4% less than in 2022. Grid purchases fell to 3,512 GWh as on-site cogeneration rose to 462 GWh. Solar self-generation supplied ${solar} GWh (7.3% of the total), from rooftop arrays at eleven sites.`;

describe('a share of `the total` its words do not name', () => {
  it('is of the one larger figure of its measure before it in the paragraph that gives it', () => {
    expect(shares(paragraph('312'))).toEqual([[true, [312, 4_286, 7.3]]]);
  });
  it('is no mismatch when none gives it', () => {
    expect(shares(paragraph('412'))).toEqual([]);
  });
});
