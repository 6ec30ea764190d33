import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a whole named with whose it is', () => {
  it('takes `of Group revenue` as of the revenue said before it', () => {
    const text = (share: string) =>
      `Revenue grew 6.4% to £2,486.3 million.\n\nPackaging revenue rose 7.2% to £1,284.6 million, representing ${share}% of Group revenue. Specialty Materials revenue was £842.5 million, 33.9% of Group revenue, up 4.5%.`;
    expect(shares(text('51.7'))).toEqual([
      [true, [1_284.6e6, 2_486.3e6, 51.7]],
      [true, [842.5e6, 2_486.3e6, 33.9]],
    ]);
    expect(shares(text('55.0'))[0]).toEqual([false, [1_284.6e6, 2_486.3e6, 55]]);
  });

  it('takes `占集团供水量的` as of the group\'s `供水量` said before it', () => {
    const text = (share: string) => `2023年，集团供水量达28.64亿立方米，同比增长3.8%。\n\n2023年，粤港澳大湾区供水量17.52亿立方米，占集团供水量的${share}%。`;
    expect(shares(text('61.2'))).toEqual([[true, [17.52e8, 28.64e8, 61.2]]]);
    expect(shares(text('63.5'))).toEqual([[false, [17.52e8, 28.64e8, 63.5]]]);
  });
});

describe('a share of a whole named by the thing alone', () => {
  // a steelmaker: the letter's output with two digits swapped, the section's production, then a mill's share of it
  const text = [
    'In 2024 we produced 6.24 million tonnes of finished steel and earned an operating profit of EUR 212 million.',
    '',
    'Finished steel production rose 2.0% year on year to 6.42 million tonnes. The Taranto mill produced 2.57 million tonnes, 40.0% of our finished steel.',
  ].join('\n');

  it('is the figure of how much of it is made nearest the share, not a farther one named in fewer words', () => {
    expect(shares(text)).toContainEqual([true, [2.57e6, 6.42e6, 40]]);
  });
});
