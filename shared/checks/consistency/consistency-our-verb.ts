// A figure the report says it did itself (`we carried 643.8 million passengers`, `We produced 598,450
// ounces of gold`): its metric is one word, the thing counted or measured, and the verb before the
// figure says the rest — what a key-figures row names in two words (`Passengers carried`, `Gold
// produced (oz)`, `Homes retrofitted in year`).

import { type CheckDocument } from '../types';
import { metricTokens } from './metric-tokens';

/** Words between `we` and its verb (`we also carried`, `we have retrofitted`). */
const BETWEEN = new Set(['also', 'have', 'again', 'together']);

/** Words of a bound or a rounding between the verb and the figure (`we retrofitted more than 1,500 homes`). */
const BOUND_WORDS = new Set(['more', 'than', 'nearly', 'almost', 'over', 'about', 'around', 'approximately', 'some', 'just', 'under', 'fewer', 'less', 'well', 'close']);

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
      // (`to` of `close to` only: `we sold to 1,200 customers` says to whom)
      if (BOUND_WORDS.has(word) || (word === 'to' && /\bclose\s+$/i.test(text.slice(from, start)))) continue;
      if (!pastVerb(word)) return undefined;
      verb = word;
    } else if (word === 'we' || ourNames(doc).has(text.slice(start, start + word.length))) return verb;
    else if (!BETWEEN.has(word)) return undefined;
  }
  return undefined;
}

/** A space, tab or line break (a sentence runs on over its lines). */
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;

/** A verb's past form, in lower case (`carried`, `held`). */
export const pastVerb = (word: string): boolean => (word.length >= 5 && word.endsWith('ed')) || IRREGULAR.has(word);

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** How far into a report its definition of `we` is looked for (`This report covers Laurentian Coatings Inc. and its subsidiaries ("Laurentian", "we")`). */
const NAMES_REACH = 4000;

/** A name defined as the report's `we`: a quoted capitalised word or two, then `we` quoted, in one bracket (`("Laurentian", "we")`, `(“Skovlund” or “we”)`). */
const NAME_AS_WE = /[(（]\s*(?:the\s+)?["“]([A-Z][A-Za-z&'’.-]*(?:\s+[A-Z][A-Za-z&'’.-]*)?)["”]\s*(?:,|or|and)\s*["“]we["”]/g;

const names = new WeakMap<CheckDocument, Set<string>>();

/**
 * The names a report defines as its `we` (`Laurentian` of `("Laurentian", "we")`), each word of them: `Laurentian sold just under
 * 40 million litres` is the report saying what it did itself, as `we sold` is. Read once per document, from its opening pages.
 */
function ourNames(doc: CheckDocument): Set<string> {
  let found = names.get(doc);
  if (!found) {
    found = new Set();
    for (const m of doc.text.slice(0, NAMES_REACH).matchAll(NAME_AS_WE)) for (const word of m[1]!.split(/\s+/)) found.add(word);
    names.set(doc, found);
  }
  return found;
}

/** Determiners opening a verb's object (`of our wood`). */
const DETERMINERS = new Set(['our', 'the', 'its', 'their']);

/** Words that end an object and open more of its clause (`of wood for our dining tables`, `of paint in fiscal 2024`). */
const OBJECT_ENDS = new Set(['in', 'to', 'for', 'with', 'during', 'across', 'at', 'as', 'which', 'that', 'this', 'from', 'by', 'on', 'into', 'per', 'than', 'since', 'under', 'over', 'last', 'each', 'a', 'an', 'were', 'was', 'is', 'are']);

/** The most words an object of a verb is read in (`paint and coatings`). */
const OBJECT_WORDS = 4;

/**
 * The words of a measure the report says it did itself, with its verb's object after its unit (`we bought some 432,000 m³ of
 * wood for our dining tables`, `Laurentian sold just under 40 million litres of paint and coatings and earned revenue …`): the
 * verb and the object, up to a word opening more of its clause, a stop or
 * `and` with a verb of its own; else undefined. Its unit says only how it is measured, the object what.
 */
export function verbObjectWords(doc: CheckDocument, index: number): string[] | undefined {
  const figure = doc.figures[index]!;
  const after = OF_AFTER.exec(doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + OBJECT_REACH)));
  if (!after) return undefined;
  const verb = ourVerb(doc, index);
  if (verb === undefined) return undefined;
  const words: string[] = [];
  for (const m of after[1]!.matchAll(/[A-Za-z][A-Za-z'’-]*|[^A-Za-z\s]/g)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (!/^[A-Za-z]/.test(word) || OBJECT_ENDS.has(lower)) break;
    if (words.length === 0 && DETERMINERS.has(lower)) continue;
    if (lower === 'and' && pastVerb(nextWord(after[1]!, m.index + word.length))) break;
    words.push(word);
    if (words.length === OBJECT_WORDS) break;
  }
  while (words.length > 0 && words.at(-1)!.toLowerCase() === 'and') words.pop();
  const object = metricTokens(words.join(' '));
  return object.length === 0 ? undefined : [...metricTokens(verb), ...object];
}

/** Right after a measure, `of` and what follows (` of paint and coatings …`). */
const OF_AFTER = /^\s+of\s+([^]*)$/;

/** How far after a figure its object is read. */
const OBJECT_REACH = 80;

/** The word after `at` in `text`, lower case. */
const nextWord = (text: string, at: number) => (/^\s*([A-Za-z]+)/.exec(text.slice(at))?.[1] ?? '').toLowerCase();
