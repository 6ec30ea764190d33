import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const named = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-named-whole');

describe('a share whose named whole the next paragraph states', () => {
  it('reads `representing N% of the total lettable area of the portfolio` over the lettable area said after it (2.46 of 6.44 million m² is 38.2%)', () => {
    const text = (share: string) =>
      `Sustainability highlights\nAt 31 December, 2.46 million square metres of our logistics space held green building certification, representing ${share}% of the total lettable area of the portfolio.\n\nPortfolio\nThe portfolio comprises 6.44 million square metres of lettable area across 142 parks in six countries.\n`;
    expect(named(text('38.2'))).toMatchObject([{ holds: true }]);
    expect(named(text('32.8'))).toMatchObject([{ holds: false, stated: 32.8 }]);
  });

  it('reads `佔物流園區組合總可租面積的N%` over `物流園區總可租面積約644萬平方米` said after it, the whole in short', () => {
    const text = (share: string) =>
      `可持續發展摘要\n截至年末，本集團共有246萬平方米物流設施取得綠色建築認證，佔物流園區組合總可租面積的${share}%。\n\n園區組合\n本集團持有的物流園區總可租面積約644萬平方米，分佈於六個國家。\n`;
    expect(named(text('38.2'))).toMatchObject([{ holds: true }]);
    expect(named(text('32.8'))).toMatchObject([{ holds: false, stated: 32.8 }]);
  });
});
