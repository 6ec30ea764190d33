import { describe, expect, it } from 'vitest';
import { paragraphHeading } from './paragraph-heading';

describe('the heading over a paragraph', () => {
  const doc = { text: 'Operating review\n\nPackaging\nPackaging revenue rose 7.2% to £1,284.6 million. Adjusted operating\nprofit grew 10.4% to £186.4 million.\n\nWe served 3,000 customers.' };
  const { text } = doc;

  it('is the title line that opens the paragraph', () => {
    expect(paragraphHeading(doc, text.indexOf('186.4'))).toBe('Packaging');
  });

  it('is none for a paragraph that opens with a sentence, or for the title line\'s own figure', () => {
    expect(paragraphHeading(doc, text.indexOf('3,000'))).toBe('');
    expect(paragraphHeading({ text: 'Highlights\n\nRevenue  £2,486.3m\n' }, 'Highlights\n\nRevenue  £2,486.3m\n'.indexOf('2,486'))).toBe('');
  });
});
