import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// points whose way the comparison after them says (`2.3 percentage points lower than in 2023`): read against the year
// before's cell, a way the share did not go is a mismatch; and against their translation's way (`较上年提升`)
const table = ['', 'Indicator                        Unit      2024      2023', 'Renewable electricity share      %         64.5      62.2', ''].join('\n');
const en = (way: string) => `Renewable electricity was 64.5% of the electricity we used, 2.3 percentage points ${way} than in 2023.\n${table}`;
const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points-against-table').map((c) => c.holds);

describe('points said with their comparison after them', () => {
  it('hold against the table when said the way the share went', () => {
    expect(points(en('higher'))).toEqual([true]);
  });

  it('are a mismatch when said the other way', () => {
    expect(points(en('lower'))).toEqual([false]);
  });

  it('disagree with a translation that says them the other way (`较上年提升2.3个百分点`)', () => {
    const zh = '可再生电力占用电量的64.5%，较上年提升2.3个百分点。\n';
    const turned = checksOf('consistency', ['report-zh.txt', zh], ['report-en.txt', en('lower')]).filter((c) => c.rule === 'consistency.translation-direction');
    expect(turned.map((c) => c.figures.map((f) => f.value))).toEqual([[2.3, 2.3]]);
    expect(checksOf('consistency', ['report-zh.txt', zh], ['report-en.txt', en('higher')]).filter((c) => c.rule === 'consistency.translation-direction')).toEqual([]);
  });
});
