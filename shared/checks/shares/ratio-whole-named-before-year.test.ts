import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { wholeNamed } from './ratio';

const at = (text: string, share: string) => {
  const start = text.indexOf(share);
  return { start, end: start + share.length, sentence: { start: 0, end: text.length } } as Parameters<typeof wholeNamed>[1];
};

describe('a share\'s named whole ends before the year said after it', () => {
  it('reads `of total water withdrawn in 2024` as `total water withdrawn`, `in FY2024` too', () => {
    const text = 'Recycled water came to 3.42 million m³, 18.6% of total water withdrawn in 2024.';
    expect(wholeNamed(text, at(text, '18.6%'))).toBe('total water withdrawn');
    expect(wholeNamed('Exports were 12.4% of revenue in FY2024.', at('Exports were 12.4% of revenue in FY2024.', '12.4%'))).toBe('revenue');
    // a number that is no year still ends the whole (`of the 3 plants`)
    expect(wholeNamed('It was 41.0% of waste in 3 plants.', at('It was 41.0% of waste in 3 plants.', '41.0%'))).toBe('waste');
  });

  it('checks the share against the whole the text names', () => {
    const text = `Total water withdrawal was 18.39 million m³ in 2024, 4.1% less than in 2023.

Recycled water came to 3.42 million m³, 18.6% of total water withdrawal in 2024.`;
    expect(checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-named-whole').map((c) => c.message)).toEqual(['✓ 3.42 / 18.39 = 18.6 %']);
  });
});
