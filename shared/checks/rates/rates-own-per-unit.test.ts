import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a flour mill's report: two intensities in one sentence, the first per 万元 of revenue, the second per tonne of flour
const text = [
  '一、经营',
  '2024年公司营业收入96,400万元，其中专用粉收入41,800万元，通用粉收入31,200万元。全年面粉产量38.6万吨，较上年增长4.1%。',
  '',
  '二、环境',
  '2024年范围一排放9,760吨二氧化碳当量，范围二排放19,420吨二氧化碳当量，合计29,180吨。单位营业收入排放0.30吨/万元，单位产品排放0.076吨/吨面粉。',
].join('\n');

const intensities = checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity');

describe('an intensity that says what it is per in its own text (`0.076吨/吨面粉`)', () => {
  it('is read per tonne, not per the 万元 of the intensity said before it in its sentence', () => {
    const perTonne = intensities.filter((c) => c.figures.some((f) => f.value === 0.076));
    expect(perTonne.map((c) => [c.holds, c.figures.slice(0, 2).map((f) => f.value)])).toEqual([[true, [29_180, 386_000]]]);
  });
});
