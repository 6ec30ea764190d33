import { NORM, isDigitCode, isLetterCode, isUpperCode } from './normalize';
import { EN_NOUN_STOP, EN_EMPTY_CLASSIFIERS, EN_POSSESSIVE, EN_PARTITIVE_DETERMINER, EN_IRREGULAR_PLURAL } from './en-noun-words';
import { letterSpacedAt, lineBreakBetween, nextWordStart, readToken, type Token } from './en-noun-tokens';

// The counted noun of a count in English: the `unit` an auditor reads beside `20 million users`.
// The convention, read off every unit of the dev gold (../shared/eval/dev/gold/*.jsonl); Chinese
// counted nouns are zh-nouns.ts's.
//
// - The counted noun phrase as written, adjectives and noun modifiers included (`mobile Internet
//   users`, `online payment users`, `third party mini programs`, `life and government services`,
//   `medical practitioners`, `chain stores`, `dishonest debtors`), up to a verb, a preposition,
//   an adverb or punctuation (`398 million Internet users ordered …` → Internet users).
//   A participle or gerund after a plural noun ends it (`users ordered`, `users using`); an
//   adverb anywhere (`directly`).
// - The plural head closes the phrase (`users worldwide` → users, `people travel` → people);
//   `and` joins modifiers before it (`life and government services`) and a second plural head
//   after it (`users and merchants`, `bottles and cans`), not a clause (`12 stores and opened`)
//   nor a quantity's own count (`millions of MSMEs and countless consumers` → MSMEs).
// - A phrasal compound adjective (`brick-and-mortar businesses`) is left out: businesses.
// - Measure nouns stay (`several hundred pairs of shoes` → pairs, `three sets of property` →
//   sets, `60 pieces` → pieces), but an empty classifier before `of` is skipped
//   (`tens of thousand pieces of messages` → messages).
// - After a vague plural, the noun follows `of` (`Hundreds of medical practitioners`,
//   `millions of people`, `hundreds of thousands of overseas Chinese`); after any number, a
//   partitive with a possessive (`100 of our employees` → employees), never a pronoun
//   (`7,000 of them`).
// - Letter-spaced PDF text is read as words (`d i s h o n e st  d e b t o r s` → dishonest debtors)
//   when a double space still separates them; otherwise an empty unit rather than a wrong one.
// - A title-case caption (`20 Million User`, a line of its own) is lower-cased and, for a count
//   other than one, put in the plural (→ users), as in running text.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

/** Words in -s that modify a following noun (`overseas Chinese`, `sales staff`): not a plural head. */
const EN_S_MODIFIERS = new Set(['overseas', 'gas', 'news', 'sales', 'sports', 'savings', 'goods', 'arts', 'series', 'species', 'means', 'various', 'whereas', 'always', 'perhaps']);

/**
 * A plural-looking word (`users`, `businesses`), not `-ss`/`-us`/`-is`/`-ics` (`business`, `campus`, `logistics`),
 * nor a compound whose last part modifies (`landfill-gas engines`, `new-series cars`).
 */
export const looksPlural = (lower: string): boolean =>
  EN_IRREGULAR_PLURAL.has(lower) ||
  (lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is|ous|ics|'s)$/.test(lower) && !EN_S_MODIFIERS.has(lower.slice(lower.lastIndexOf('-') + 1)));

/** A participle or gerund (`ordered`, `using`): after a plural noun, a verb rather than a modifier. */
const participle = (lower: string): boolean =>
  lower.length > 4 && !lower.includes('-') && /(?:[^e]ed|ing)$/.test(lower) && !/^(?:thing|spring|string|king|ring|wing)$/.test(lower);

/** An adverb (`directly`, `respectively`, `online`-free): never part of the noun. */
const adverb = (lower: string): boolean => lower.length > 5 && /(?:ally|fully|ively|ously|ently|antly|ably|ibly|ely|ctly|edly|ingly|arly)$/.test(lower);

/**
 * After `prev`, whether `lower` ends the noun phrase as a verb: a past participle after any noun, a gerund after a plural,
 * a short past of a death (`one contractor lost his life`, `one worker died`).
 */
const verbLike = (lower: string, prev: Token | undefined): boolean =>
  prev !== undefined && prev.lower !== 'and' && prev.lower !== 'or' && ((participle(lower) && (looksPlural(prev.lower) || /[^e]ed$/.test(lower))) || lower === 'lost' || lower === 'died');

/** Whether the word after `e` is a plural noun (`affiliated suppliers`), no function word. */
function beforePluralNoun(text: string, e: number, spaced: boolean): boolean {
  const q = nextWordStart(text, e, spaced);
  const next = q >= 0 ? readToken(text, q, spaced) : null;
  return next !== null && looksPlural(next.lower) && !EN_NOUN_STOP.has(next.lower);
}

/** A phrasal compound adjective (`brick-and-mortar`, `state-of-the-art`): hyphens around a function word. */
const phrasalCompound = (lower: string): boolean => {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  return parts.length >= 3 && parts.some((part) => part === 'and' || part === 'of' || part === 'the' || part === 'to' || part === 'or');
};

/**
 * `nine A321neo aircraft`, `40 CO2 sensors`: a capitalised name with digits glued in (a model, a
 * formula) is one word of the noun phrase, not a word ending at its first digit.
 */
function modelName(text: string, t: Token): Token {
  if (!isDigitCode(code(text, t.end)) || !isUpperCode(code(text, t.start))) return t;
  let e = t.end;
  while (e - t.start < 12 && (isDigitCode(code(text, e)) || isLetterCode(code(text, e)))) e++;
  if (code(text, e) !== 0x20 && code(text, e) !== 0x0a) return t;
  const word = text.slice(t.start, e);
  return { start: t.start, end: e, word, lower: word.toLowerCase() };
}

/** After `and` ending at `e`, a count in digits (a scale word after it at most) and its noun phrase: that phrase's plural head. */
function sharedHead(text: string, e: number, isNumberWord: (p: number) => boolean): Token | null {
  const m = COUNT_AFTER_AND.exec(text.slice(e, e + 40));
  if (!m) return null;
  const phrase = enCountedNoun(text, e + m[0].length, isNumberWord);
  if (!phrase || !/^[a-z]/.test(phrase.text)) return null;
  let start = phrase.end;
  while (start > e + m[0].length && text.charCodeAt(start - 1) !== 0x20) start--;
  const word = text.slice(start, phrase.end);
  if (!looksPlural(word.toLowerCase()) || word.includes('\n')) return null;
  return { start, end: phrase.end, word, lower: word.toLowerCase() };
}
const COUNT_AFTER_AND = /^ \d[\d,.]*(?: (?:million|billion|thousand))? /;

const LISTED_COMMA = / ,/g;

/** A quantity word after `and` opens a count of its own (`millions of MSMEs and countless consumers`). */
const JOINED_QUANTIFIERS = new Set(['countless', 'numerous', 'many', 'several', 'various', 'some', 'all', 'other', 'most', 'more', 'fewer']);

/**
 * After a plural head ending at `e`, `and` and a second plural head (two modifiers before it at most,
 * no verb, no number): `bottles and cans`, `interns and graduate trainees`. Nothing where none follows.
 */
function joinedHead(text: string, e: number, isNumberWord: (p: number) => boolean): Token[] {
  // cheap first: white space after the head, then `and ` (across a PDF's line break too)
  const c = text.charCodeAt(e);
  if (c === 0x2c) return listedHeads(text, e, isNumberWord);
  if (c !== 0x20 && c !== 0x0a) return [];
  const a = text.charCodeAt(e + 1) === 0x61 ? e + 1 : nextWordStart(text, e, false);
  if (a < 0 || !text.startsWith('and ', a)) return [];
  const and = readToken(text, a, false)!;
  const out: Token[] = [and];
  let q = nextWordStart(text, and.end, false);
  for (let k = 0; k < 3 && q >= 0; k++) {
    const t = readToken(text, q, false);
    if (!t || EN_NOUN_STOP.has(t.lower) || JOINED_QUANTIFIERS.has(t.lower) || isNumberWord(t.start) || adverb(t.lower) || verbLike(t.lower, out[out.length - 1]) || !/^[a-z]/.test(t.word)) return [];
    out.push(t);
    if (looksPlural(t.lower)) return out;
    q = nextWordStart(text, t.end, false);
  }
  return [];
}

/**
 * `860 million bottles, crates and kegs`: plural heads listed with commas after the first, one word
 * each, the last joined by `and`; nothing where the list does not close so.
 */
function listedHeads(text: string, comma: number, isNumberWord: (p: number) => boolean): Token[] {
  const out: Token[] = [];
  let e = comma;
  for (let k = 0; k < MAX_LISTED && text.charCodeAt(e) === 0x2c && text.charCodeAt(e + 1) === 0x20; k++) {
    const t = readToken(text, e + 2, false);
    if (!t || !looksPlural(t.lower) || EN_NOUN_STOP.has(t.lower) || JOINED_QUANTIFIERS.has(t.lower) || isNumberWord(t.start) || !/^[a-z]/.test(t.word)) return [];
    out.push({ start: e, end: e + 1, word: ',', lower: ',' }, t);
    const last = joinedHead(text, t.end, isNumberWord);
    if (last.length > 0) return [...out, ...last];
    e = t.end;
  }
  return [];
}
const MAX_LISTED = 4;

/** A token opening with a number word hyphened to a word that is none (`zero-tolerance`, `one-off`, `twenty-five-year`; not `twenty-five`). */
function numberWordModifier(text: string, t: Token, isNumberWord: (p: number) => boolean): boolean {
  let h = t.end - 1;
  while (h > t.start && text.charCodeAt(h) !== 0x2d) h--;
  return h > t.start && h + 1 < t.end && !isNumberWord(h + 1);
}

/** Words a class's number follows inside a noun (`Tier 1 factories`, `Category 2 incidents`), and that number before a lower-case word. */
const CLASS_WORDS = new Set(['tier', 'category', 'grade', 'level', 'class', 'type', 'phase', 'scope']);
const CLASS_NUMBER = /^[ -]([1-9]\d?)\s(?=[a-z])/;

/** A noun is there but cannot be read (letter-spaced words run together): a count without its unit. */
const unreadable = (i: number): EnNoun => ({ text: '', capitalized: false, titleCase: false, end: i });

export interface EnNoun {
  text: string;
  /** The first word as written starts with a capital. */
  capitalized: boolean;
  /** Every word is in title case (`Million User`), none all capitals. */
  titleCase: boolean;
  end: number;
}

/**
 * The counted noun phrase (English) starting at `i`: up to four words, none a stop word, a
 * verb form after the first word, or a number word (`isNumberWord`).
 */
export function enCountedNoun(text: string, i: number, isNumberWord: (p: number) => boolean): EnNoun | null {
  const spaced = letterSpacedAt(text, i);
  let p = i;
  let words: Token[] = [];
  let firstCapitalized = false;
  let guard = 0;
  while (words.length < 4 && guard++ < 8) {
    const read = readToken(text, p, spaced);
    if (!read) break;
    const t = spaced ? read : modelName(text, read);
    if (!t.word) return unreadable(i); // letter-spaced text with its word breaks lost
    const lw = t.lower;
    if (words.length === 0) {
      firstCapitalized = isUpperCode(code(text, t.start));
      if (lw === 'of') {
        // never a noun here; the caller handles partitives
        break;
      }
      // `two other contact methods`: `other` stands before a plural noun phrase, a count of it
      if (lw === 'other') {
        const q = nextWordStart(text, t.end, spaced);
        const rest = q >= 0 ? enCountedNoun(text, q, isNumberWord) : null;
        if (rest && looksPlural(rest.text.slice(rest.text.lastIndexOf(' ') + 1).toLowerCase())) return rest;
        break;
      }
      // `three more sites`, `5 fewer incidents`: the comparison word stands before the noun
      if (lw === 'more' || lw === 'fewer' || lw === 'further') {
        const q = nextWordStart(text, t.end, spaced);
        const head = q >= 0 ? readToken(text, q, spaced) : null;
        if (head?.word && looksPlural(head.lower) && !EN_NOUN_STOP.has(head.lower)) {
          p = q;
          continue;
        }
      }
    }
    // `412 Tier 1 factories`, `3 Category 2 pollution incidents`, `1,382 tier-1 suppliers`: a class and its number name the kind counted
    if (words.length === 0 && !spaced && CLASS_WORDS.has(lw)) {
      const m = CLASS_NUMBER.exec(text.slice(t.end, t.end + 5));
      if (m) {
        const num = { start: t.end + 1, end: t.end + 1 + m[1]!.length, word: m[1]!, lower: m[1]! };
        // `tier-1 suppliers`: hyphened, one word as written
        if (code(text, t.end) === 0x2d) words.push({ start: t.start, end: num.end, word: `${t.word}-${num.word}`, lower: `${lw}-${num.word}` });
        else words.push(t, num);
        p = t.end + m[0].length;
        continue;
      }
    }
    // `29 zero-tolerance issues`, `3 one-off grants`: a number word hyphened to a word that is no
    // number (as `twenty-five` is) modifies the noun
    let stop = EN_NOUN_STOP.has(lw) || (isNumberWord(t.start) && !numberWordModifier(text, t, isNumberWord));
    if ((lw === 'and' || lw === 'or') && words.length > 0 && !looksPlural(words[words.length - 1]!.lower)) {
      // "life and government services", `new or extended schools`: `and`, `or` between modifiers
      const q = nextWordStart(text, t.end, spaced);
      const after = q >= 0 ? readToken(text, q, spaced) : null;
      // `4.6m TEU and emitted`: a verb in the past tense after `and` begins the next clause
      // (after `or` one is an adjective: `new or extended schools`)
      // (`Indigenous-owned and affiliated suppliers`: one before a plural noun is an adjective)
      stop = after === null || EN_NOUN_STOP.has(after.lower) || adverb(after.lower) || (lw === 'and' && /^[a-z]{4,}ed$/.test(after.lower) && !beforePluralNoun(text, after.end, spaced));
      // `1.42 million electric and 780,000 natural gas customers`: two counts share the head after the second
      if (after === null && !spaced) {
        const head = sharedHead(text, t.end, isNumberWord);
        if (head) words.push(head);
      }
    }
    if (stop) break;
    if (adverb(lw) || verbLike(lw, words[words.length - 1])) break;
    // letter-spaced words run together when the double space between them is lost: unreadable
    if (spaced && t.word.length > 14) return unreadable(i);
    words.push(t);
    // the plural head closes a count's noun phrase (`Internet users ordered`, `people travel`);
    // a capitalised one may be a name (`Scots pines`)
    if (looksPlural(lw) && !EN_EMPTY_CLASSIFIERS.has(lw) && !(isUpperCode(code(text, t.start)) && !isUpperCode(code(text, t.start + 1)))) {
      // `18,000 grassroots households`: a word in -s straight before a plural noun modifies it
      const head = spaced ? null : pluralAfterModifier(text, t);
      if (head) {
        p = head.start;
        continue;
      }
      // `1,150 leaks and bursts`, `27 breweries and bottling plants`: a second plural head joined by `and`
      if (!spaced) words.push(...joinedHead(text, t.end, isNumberWord));
      break;
    }
    const q = nextWordStart(text, t.end, spaced);
    if (q < 0) break;
    // a line break inside letter-spaced text may split a word (`d i s h\no n e st`): unreadable
    if (spaced && lineBreakBetween(text, t.end, q)) return unreadable(i);
    // pieces of messages → messages
    if (EN_EMPTY_CLASSIFIERS.has(lw) && words.length === 1) {
      const of = readToken(text, q, spaced);
      const q2 = of && of.lower === 'of' ? nextWordStart(text, of.end, spaced) : -1;
      if (q2 >= 0) {
        const next = readToken(text, q2, spaced);
        if (next && !EN_NOUN_STOP.has(next.lower) && !isNumberWord(q2)) {
          words = [];
          p = q2;
          continue;
        }
      }
    }
    p = q;
  }
  // leave out a phrasal compound adjective before the head
  while (words.length > 1 && phrasalCompound(words[0]!.lower)) words.shift();
  // `or` joins modifiers only before a plural head (`new or extended schools`; not `1,058 announced or semi-announced,`)
  const or = words.findIndex((t) => t.lower === 'or');
  if (or > 0 && !looksPlural(words[words.length - 1]!.lower)) words = words.slice(0, or);
  // a trailing `and` never ends a phrase
  while (words.length > 0 && words[words.length - 1]!.lower === 'and') words.pop();
  if (words.length === 0) return null;
  // a list's commas close up to the word before them (`bottles, crates and kegs`)
  const joined = words.map((t) => t.word).join(' ');
  const textOut = joined.includes(' ,') ? joined.replace(LISTED_COMMA, ',') : joined;
  if (textOut.length < 2) return null; // a lone letter is no noun (`d` of letter-spaced `d i s …`)
  const titleCase = words.every((t) => isUpperCode(code(text, t.start)) && t.word.length > 1 && t.word.slice(1) === t.word.slice(1).toLowerCase());
  return { text: textOut, capitalized: firstCapitalized, titleCase, end: words[words.length - 1]!.end };
}

/** The plural noun one space after the plural-looking `t`, on its line, when `t` modifies it (`grassroots households`). */
function pluralAfterModifier(text: string, t: Token): Token | null {
  if (code(text, t.end) !== 0x20) return null;
  const next = readToken(text, t.end + 1, false);
  if (next === null || !/^[a-z]{4,}$/.test(next.word) || EN_NOUN_STOP.has(next.lower) || !looksPlural(next.lower)) return null;
  return next;
}

/**
 * After a number, `of` + noun: after a vague plural (`Hundreds of medical practitioners`) any
 * noun; otherwise only after a possessive (`100 of our employees`). `i` is at `of`.
 */
export function enPartitiveNoun(text: string, i: number, vague: boolean, isNumberWord: (p: number) => boolean): EnNoun | null {
  const of = readToken(text, i, false);
  if (!of || of.lower !== 'of') return null;
  let q = nextWordStart(text, of.end, false);
  if (q < 0) return null;
  const det = readToken(text, q, false);
  if (det && EN_PARTITIVE_DETERMINER.has(det.lower)) {
    if (!vague && !EN_POSSESSIVE.has(det.lower)) return null;
    q = nextWordStart(text, det.end, false);
    if (q < 0) return null;
  } else if (!vague) return null;
  return enCountedNoun(text, q, isNumberWord);
}

/** A caption's title-case noun in running-text form: lower case, plural for a count other than one. */
export function captionNoun(noun: string, value: number): string {
  const words = noun.split(' ').map((w) => (w.length > 1 && w.slice(1) === w.slice(1).toLowerCase() ? w.toLowerCase() : w));
  const last = words[words.length - 1]!;
  if (value !== 1 && !looksPlural(last.toLowerCase()) && /^[a-z]+$/.test(last)) {
    words[words.length - 1] = /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(last) ? `${last}es` : `${last}s`;
  }
  return words.join(' ');
}
