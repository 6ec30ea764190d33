import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.from-earlier-sentence').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a dairy's report: the rate's sentence names its subject and the old value, the sentence before the new value
describe('`取水总量较上年的OLD减少N%`, its new value said in the sentence before', () => {
  const text = (rate: string, subject = '取水总量', old = '301.2') => `二、水资源

2024年公司取水总量286.5万立方米，其中地表水168.2万立方米；地下水118.3万立方米。
${subject}较上年的${old}万立方米减少${rate}%，主要得益于牧场冷却水循环利用。
`;

  it('recomputes the rate from the old value to the figure the sentence before names by all the subject\'s words', () => {
    expect(changes(text('4.9'))).toEqual([[true, [3_012_000, 2_865_000, 4.9]]]);
    // the fall taken on the new value's base
    expect(changes(text('5.1'))).toEqual([[false, [3_012_000, 2_865_000, 5.1]]]);
  });

  it('pairs nothing when no figure of the sentence before is named by the subject, or the old value is far off', () => {
    expect(changes(text('4.9', '用电总量'))).toEqual([]);
    expect(changes(text('4.9', '取水总量', '30.12'))).toEqual([]);
  });
});
