import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { displacedTranslations, type Placed } from './translated-pair';

// a port operator's results in two files: a table the English sets between its text and the Chinese's
// order places the two `8.3%` apart, out of the order of the anchors around them
const zhDoc = checkDoc('port-zh.txt', '归属于上市公司股东的净利润12.74亿元，同比增长8.3%。全年完成货物吞吐量2.86亿吨，同比增长5.1%。');
const enDoc = checkDoc('port-en.txt', 'Net profit rose 8.3%. Cargo throughput rose 1.5% to 286 million tonnes.');

/** The figure of `doc` written `text`, placed at `pos` (its place in the English file). */
function placed(doc: ReturnType<typeof checkDoc>, text: string, pos: number): Placed {
  const index = doc.figures.findIndex((f) => f.text === text);
  return { at: { doc, figure: doc.figures[index]!, index }, dimension: 'percent', factor: 1, pos };
}

describe('a small number left over in each language with the same value (`同比增长8.3%`, `up 8.3%`)', () => {
  it('is its translation set out of order when it stands near its place, and no slip of another', () => {
    const zh = placed(zhDoc, '8.3%', 900);
    const en = placed(enDoc, '8.3%', 1_050);
    const found = displacedTranslations([zh, placed(zhDoc, '5.1%', 1_200)], [en, placed(enDoc, '1.5%', 1_300)]);
    expect(found.map((pair) => pair.map((p) => `${p.at.doc.name} ${p.at.figure.text}`))).toEqual([['port-zh.txt 8.3%', 'port-en.txt 8.3%']]);
  });

  it('is not taken for it pages away, nor where two of its value stand near', () => {
    expect(displacedTranslations([placed(zhDoc, '8.3%', 900)], [placed(enDoc, '8.3%', 4_000)])).toEqual([]);
    expect(displacedTranslations([placed(zhDoc, '8.3%', 900)], [placed(enDoc, '8.3%', 800), placed(enDoc, '8.3%', 1_000)])).toEqual([]);
  });
});
