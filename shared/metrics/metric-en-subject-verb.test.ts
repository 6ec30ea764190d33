import { describe, expect, it } from 'vitest';
import { subjectThenVerb } from './metric-en';

/** The pattern subjectThenVerb answers for, as it was written. */
const SUBJECT_VERB = /\p{L}{3,}.*\s(?:were|was|is|are|reached|totall?ed|amounted\s+to|stood\s+at|came\s+to|made\s+up|rose\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|dropped\s+to)\s*(?:over|more\s+than|nearly|almost|about|around|approximately|some)?\s*$/iu;

const PIECES = ['ab', 'c', 'emissions', 'Total', '水量', ' ', '  ', '\n', '\r\n', '\u2028', '\u00a0', '1,234', ',', 'were', 'WAS', 'wa\u017f', 'is', 'are', 'this', 'reached', 'totaled', 'totalled', 'amounted  to', 'stood at', 'came to', 'made up', 'rose to', 'dropped to', 'over', 'more than', 'nearly', 'about', 'some', 'to'];

describe('a subject joined to its figure by a verb', () => {
  it('is read as the pattern reads it, over random phrasings', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + (next() % 7);
      let before = '';
      for (let k = 0; k < length; k++) before += PIECES[next() % PIECES.length];
      expect(subjectThenVerb(before), JSON.stringify(before)).toBe(SUBJECT_VERB.test(before));
    }
  });

  it('is read in linear time in a long run-on clause', () => {
    // (the pattern read back over `.*` from each of its 25,000 words: about 300 million steps)
    const before = 'abc '.repeat(25_000);
    const started = performance.now();
    expect(subjectThenVerb(before)).toBe(false);
    expect(subjectThenVerb(`${before} were`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
