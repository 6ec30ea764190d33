import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (...texts: string[]) => checksOf('consistency', ...texts).filter((c) => !c.holds);

describe('a count restated in one report a power of ten apart', () => {
  // the highlights and the body stand apart (neighbours with different values are a series)
  const between = '我们努力保持核心能力的领先地位，在云计算、人工智能、数据技术等战略性技术的核心领域持续投入。'.repeat(10);
  const report = (body: string) => `包容\n\n- 阿里云为全球400万企业提供服务。\n\n先进\n\n${between}\n\n包容普惠\n\n在提升云计算服务的包容性方面，我们也为全球范围内超过${body}家企业和机构提供云计算服务。`;

  it('calls `400万企业` in the highlights against `超过40万家企业` in the body a scale slip', () => {
    expect(mismatches(report('40万'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 4_000_000 }, { value: 400_000 }] }]);
    expect(mismatches(report('40万'))[0]!.message).toContain('scale');
  });

  it('leaves other digits, and the same number said over, to the other rules', () => {
    expect(mismatches(report('50万')).filter((c) => c.figures.some((f) => f.value === 500_000))).toEqual([]);
    expect(mismatches(report('400万'))).toMatchObject([{ figures: [{ value: 4_000_000 }, { value: 4_000_000 }] }]);
  });

  it('holds no amount of money to it: a 5 万元 loan and a 50 万元 one are two loans', () => {
    expect(mismatches('他第一次在网商银行贷款 5 万元，用于进货。\n\n两年后，他又在网商银行贷款 50 万元，开了第二家店。')).toEqual([]);
  });

  it('holds no count of another report to it', () => {
    expect(mismatches('阿里云为全球400万企业提供服务。', '我们为全球超过40万家企业提供云计算服务。')).toEqual([]);
  });
});
