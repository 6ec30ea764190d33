import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a builder's letter bounds a share said as `X占Y的比例`, which its section states after the amount of the part
const report = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司坚持绿色建造，${letter}，供应链韧性持续增强。`,
    '',
    '三、绿色供应链',
    '',
    '报告期内，公司绿色采购金额2.46亿元，占采购总额的33.6%，较上年提高2.1个百分点。',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a Chinese share bounded as `X占Y的比例` (`绿色采购金额占采购总额的比例超过35%`) against X\'s share of Y stated after X', () => {
  it('turned, it is a slip', () => {
    expect(slips('绿色采购金额占采购总额的比例超过35%')).toHaveLength(1);
    expect(slips('绿色采购金额占采购总额的比重不足33%')).toHaveLength(1);
  });

  it('bounding it right, it is none', () => {
    expect(slips('绿色采购金额占采购总额的比例超过33%')).toEqual([]);
    expect(slips('绿色采购金额占采购总额的比重接近34%')).toEqual([]);
  });
});
