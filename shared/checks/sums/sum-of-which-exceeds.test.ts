import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

// parts an `of which` lists after their whole need not be all of it, but can never add up to more
describe('the parts an of-which lists after their whole', () => {
  it('are a mismatch when they add up to more than it (Chinese)', () => {
    const text = (bus: string) => `截至2024年末，公司运营车辆1,262辆，其中纯电动公交车${bus}辆、氢燃料公交车96辆、混合动力车辆214辆。`;
    expect(sums(text('952'))).toEqual([[true, [1_262, 952, 96, 214]]]);
    expect(sums(text('956'))).toEqual([[false, [1_262, 956, 96, 214]]]);
  });

  it('are a mismatch when they add up to more than it (English)', () => {
    const text = (rural: string) => `The clinic network had 412 sites at year end, of which ${rural} rural clinics, 118 urban clinics and 64 mobile units.`;
    expect(sums(text('230'))).toEqual([[true, [412, 230, 118, 64]]]);
    expect(sums(text('236'))).toEqual([[false, [412, 236, 118, 64]]]);
  });

  it('say nothing when they go well over it: another breakdown, not a slip', () => {
    expect(sums('The clinic network had 412 sites at year end, of which 236 rural clinics, 118 urban clinics and 164 mobile units.')).toEqual([]);
  });

  it('say nothing when they add up to less: the rest may be unnamed', () => {
    const text = `截至2024年末，公司运营车辆1,260辆，其中纯电动公交车932辆、氢燃料公交车96辆、混合动力车辆214辆。`;
    expect(sums(text)).toEqual([]);
  });
});
