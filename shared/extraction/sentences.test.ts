import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentences';

const sentenceOf = (text: string, figure: string) => {
  const at = text.indexOf(figure);
  const span = sentenceAround(text, at, at + figure.length);
  return text.slice(span.start, span.end);
};

describe('sentenceAround', () => {
  it('ends a sentence at a point after a number when a capital opens the next', () => {
    const text = 'Passenger vehicles rose 15.4% from 887,000 in 2022. Commercial vehicles accounted for 244,000.';
    expect(sentenceOf(text, '244,000')).toBe('Commercial vehicles accounted for 244,000.');
    expect(sentenceOf(text, '887,000')).toBe('Passenger vehicles rose 15.4% from 887,000 in 2022.');
  });

  it('keeps a point after a number that a lower-case word or a digit follows', () => {
    expect(sentenceOf('We planted 3. 5 million trees in total.', '5 million')).toBe('We planted 3. 5 million trees in total.');
    expect(sentenceOf('See notes 4. and 5. for the 12,400 staff.', '12,400')).toBe('See notes 4. and 5. for the 12,400 staff.');
  });

  it('ends a sentence at a point after a year when a figure opens the next (`… of 2023. 1,712 of them were women`)', () => {
    const text = 'The fleet grew to 418 vessels, 12 more than at the end of 2022. 96 of them now run on LNG.';
    expect(sentenceOf(text, '96')).toBe('96 of them now run on LNG.');
    expect(sentenceOf('Our staff numbered 2,640. 1,102 of them were women.', '1,102')).toBe('Our staff numbered 2,640. 1,102 of them were women.');
  });

  it('still ends at a point after a word and keeps decimal points', () => {
    expect(sentenceOf('Water use fell. We used 10.4 m3 per vehicle.', '10.4')).toBe('We used 10.4 m3 per vehicle.');
  });
});
