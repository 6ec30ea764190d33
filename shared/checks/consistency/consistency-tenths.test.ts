import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a panel maker's report: the chairman's per cent in tenths (`四成以上`) and the section's exact rise of the same product
const report = (said: string, exact: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司全年实现营业收入9.50亿元，同比增长3.9%。无醛胶合板收入增长${said}，成为增长最快的产品。`,
    '',
    '二、经营与产品',
    '',
    `胶合板收入14,350万元，同比增长9.4%，其中无醛胶合板收入5,680万元，同比增长${exact}。`,
    '',
  ].join('\n');

const disagreeing = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => !c.holds)
    .map((c) => c.figures.map((f) => f.value));

describe('a per cent said in tenths, ten points a step', () => {
  it('holds `四成以上` of an exact 44.2%', () => {
    expect(disagreeing(report('四成以上', '44.2%'))).toEqual([]);
  });

  it('still flags `四成以上` of an exact 38.6%, and `近四成` of an exact 41.5%', () => {
    expect(disagreeing(report('四成以上', '38.6%'))).toEqual([[40, 38.6]]);
    expect(disagreeing(report('近四成', '41.5%'))).toEqual([[40, 41.5]]);
  });
});
