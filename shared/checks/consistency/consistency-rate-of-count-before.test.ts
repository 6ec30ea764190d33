import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// an industrial park's report: the letter's bound on its occupancy rate, the section's rate said right after the count it is of
// (`入驻企业1,286家，入驻率94.6%`, the extraction leaving the rate two characters of metric)
const report = (bound: string) =>
  [
    '董事长致辞',
    '',
    `这一年，我们新建了两座标准厂房，园区年末入驻率${bound}，全年接待客商考察412批次。`,
    '',
    '一、园区运营',
    '',
    '（一）招商与入驻',
    '截至2024年末，园区可租面积58.6万平方米。园区年末入驻企业1,286家，入驻率94.6%，其中高新技术企业312家。',
    '',
  ].join('\n');

const differ = (bound: string) => checksOf('consistency', report(bound)).filter((c) => !c.holds);

describe('a Chinese rate said right after the count it is of, its metric two characters (`入驻企业1,286家，入驻率94.6%`)', () => {
  it('is that count\'s rate, named as the letter names it: `超过95%` turned against it', () => {
    expect(differ('超过95%')).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 95 }, { value: 94.6 }] }]);
  });

  it('holds a bound the rate bears out', () => {
    expect(differ('超过94%')).toEqual([]);
  });
});
