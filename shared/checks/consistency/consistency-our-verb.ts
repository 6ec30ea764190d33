// A figure the report says it did itself (`we carried 643.8 million passengers`, `We produced 598,450
// ounces of gold`): its metric is one word, the thing counted or measured, and the verb before the
// figure says the rest — what a key-figures row names in two words (`Passengers carried`, `Gold
// produced (oz)`, `Homes retrofitted in year`).

import { type CheckDocument } from '../types';

/** Words between `we` and its verb (`we also carried`, `we have retrofitted`). */
const BETWEEN = new Set(['also', 'have', 'again', 'together']);

/** Words of a bound or a rounding between the verb and the figure (`we retrofitted more than 1,500 homes`). */
const BOUND_WORDS = new Set(['more', 'than', 'nearly', 'almost', 'over', 'about', 'around', 'approximately', 'some', 'just', 'under', 'fewer', 'less']);

/** Past forms of verbs of doing not made with -ed (`we sold`, `we built`). */
const IRREGULAR = new Set(['sold', 'built', 'spent', 'paid', 'made', 'gave', 'won', 'grew', 'drew', 'took', 'brought', 'bought', 'held', 'ran']);

/** How many words back from a figure its verb and `we` are looked for. */
const MAX_WORDS = 6;

/**
 * The past verb of `we` just before a running-text English figure (`carried` of `we carried 643.8
 * million passengers`, `retrofitted` of `we retrofitted more than 1,500 homes`), else undefined. Read
 * back word by word from the figure by character codes, its sentence only.
 */
export function ourVerb(doc: CheckDocument, index: number): string | undefined {
  const figure = doc.figures[index]!;
  const { text } = doc;
  const from = figure.sentence.start;
  let end = figure.start;
  let verb: string | undefined;
  for (let n = 0; n < MAX_WORDS; n++) {
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > from && isLetter(text.charCodeAt(start - 1))) start--;
    if (start === end) return undefined;
    const word = text.slice(start, end).toLowerCase();
    end = start;
    if (verb === undefined) {
      if (BOUND_WORDS.has(word)) continue;
      if (!pastVerb(word)) return undefined;
      verb = word;
    } else if (word === 'we') return verb;
    else if (!BETWEEN.has(word)) return undefined;
  }
  return undefined;
}

/** A space, tab or line break (a sentence runs on over its lines). */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** A verb's past form, in lower case (`carried`, `held`). */
export const pastVerb = (word: string): boolean => (word.length >= 5 && word.endsWith('ed')) || IRREGULAR.has(word);

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
