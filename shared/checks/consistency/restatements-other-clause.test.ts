import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const transposed = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.transposed-digits');

// a dairy company's revenue paragraph and its R&D paragraph: 3.58 and 3.85 are two metrics whose digits
// happen to be the same ones swapped; the words they share are a change's (`同比增长`, `up`) or another
// figure's clause (`占营业收入的4.2%`, the whole of a share said after the R&D spending)
describe('digits transposed between two figures that share only words of another clause', () => {
  it('are no slip in Chinese (液态奶收入3.58亿元 against 研发投入3.85亿元，…，占营业收入的4.2%)', () => {
    const text = [
      '一、经营情况',
      '',
      '2024年，公司实现营业收入91.60亿元，同比增长5.6%。常温奶收入52.40亿元，占营业收入的57.2%，同比增长3.1%；液态奶收入3.58亿元，同比增长8.2%，增速最快。',
      '',
      '二、研发',
      '',
      '2024年，公司研发投入3.85亿元，同比增长6.1%，占营业收入的4.2%。',
    ].join('\n');
    expect(transposed(text)).toEqual([]);
  });

  it('are no slip in English (up 8.2% to RMB358 million against R&D spending of RMB385 million, up 6.1%)', () => {
    const text = [
      '1. Operations',
      '',
      'Revenue was RMB9,160 million, up 5.6%. Ambient milk remained our largest line at RMB5,240 million, and chilled yoghurt grew fastest, up 8.2% to RMB358 million.',
      '',
      '2. Research',
      '',
      'R&D spending was RMB385 million, up 6.1% and 4.2% of revenue.',
    ].join('\n');
    expect(transposed(text)).toEqual([]);
  });

  it('still flags one metric restated with two digits swapped (液态奶收入3.58亿元 against 液态奶收入3.85亿元)', () => {
    const text = [
      '一、经营情况',
      '',
      '2024年，液态奶收入3.58亿元，同比增长8.2%，增速最快。',
      '',
      '二、业务亮点',
      '',
      '2024年，液态奶收入3.85亿元，继续保持较快增长。',
    ].join('\n');
    expect(transposed(text)).toMatchObject([{ figures: [{ value: 3.58e8 }, { value: 3.85e8 }] }]);
  });
});
