// When two metrics name the same quantity: their content words (English, plural folded) or
// character pairs (Chinese) are the same, or one's are all in the other's and make up more than
// half of them. `Users who ordered takeout online` and `Internet users ordered takeout online`
// match; `Online payment users` and `Mobile payment users` do not, nor `Internet users` and
// `Internet users had access to online services` (half the words is not enough).

import { SYNONYM_STEMS } from '../readers/metric-synonyms';

const STOP = new Set(
  'a an the of in on at to for by with from and or as is are was were be been has have had that which who whom whose this these those its their our we it they such than more over nearly about almost around total number share'.split(' '),
);

// Chinese character pairs that say how a figure changed or relates, not what it measures.
const HAN_FUNCTION_PAIRS = new Set(['同比', '比增', '增长', '环比', '占比', '比例', '比重', '下降', '提升', '提高', '减少', '增加', '累计', '共计', '合计', '超过', '达到', '其中', '约为', '分别']);

const cache = new Map<string, string[]>();

/** A possessive ending (`'s`, `’s`, a plural's `s'`'s apostrophe). */
const POSSESSIVE = /['’]s?$/;

/** The metric's content tokens (memoised: the same metric recurs across a report). */
export function metricTokens(metric: string | undefined): string[] {
  if (!metric) return [];
  // a fifth of the calls ask of the metric asked just before (a figure's, by two rules in turn): no look-up in the large memo
  if (metric === lastMetric) return lastTokens;
  let tokens = cache.get(metric);
  if (!tokens) {
    if (cache.size > 200_000) cache.clear();
    cache.set(metric, (tokens = interned(tokensOf(metric))));
  }
  lastMetric = metric;
  lastTokens = tokens;
  return tokens;
}

let lastMetric: string | undefined;
let lastTokens: string[] = [];

// each token's one string: two metrics' equal tokens are one object, so comparing them (`sameMetric`'s
// includes, a Map keyed by token) stops at the pointer instead of reading both strings
const tokenStrings = new Map<string, string>();

function interned(tokens: string[]): string[] {
  if (tokenStrings.size > 200_000) tokenStrings.clear();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const one = tokenStrings.get(t);
    if (one === undefined) tokenStrings.set(t, t);
    else tokens[i] = one;
  }
  return tokens;
}

/**
 * The content tokens of a passage read once (a sentence, the words before a figure), as `metricTokens` reads a metric but
 * unremembered: passages are each their own string, and remembering them would only fill the memo.
 */
export const passageTokens = (text: string): string[] => tokensOf(text);

function tokensOf(metric: string): string[] {
  // a share's whole is part of what it measures: `/`-marked, so 85.3% of mobile Internet users
  // and 99.3% of all Internet users never read as one metric
  const share = metric.indexOf('share of ');
  if (share > 0) return [...wordTokens(metric.slice(0, share)), ...wordTokens(metric.slice(share + 9)).map((t) => `/${t}`)];
  // (the part said after the whole, `share of revenue came from exports` of `Just under 40% of revenue came from exports`)
  const from = share === 0 ? WHOLE_FROM_PART.exec(metric) : null;
  if (from) return [...wordTokens(from[2]!), ...wordTokens(from[1]!).map((t) => `/${t}`)];
  return wordTokens(metric);
}

/** A share's whole and then its part, after a verb of coming from (`share of our electricity came from renewable sources`). */
const WHOLE_FROM_PART = /^share of ([a-z][a-z ]*?) (?:(?:came|comes|come|was|were|is|are) )?(?:from|derived from|generated (?:by|from)) ([a-z][a-z ]*)$/i;

function wordTokens(metric: string): string[] {
  const tokens = new Set<string>();
  // `r&d` is one word: its letters alone are too short to count
  for (const word of withAbbreviations(metric.toLowerCase()).match(/[a-z](?:[a-z'’-]|&(?=[a-z]))*|\d+/g) ?? []) {
    if (STOP.has(word) || word.length < 2) continue;
    // a possessive is its noun (`Australia's four properties` and the row `Australia`)
    tokens.add(stem(POSSESSIVE.test(word) ? word.replace(POSSESSIVE, '') : word));
  }
  // `GHG` and `emissions` each say the other: a key table's `GHG per nursery` is the text's `Emissions per nursery`
  if (tokens.has('ghg') !== tokens.has('emission')) tokens.add(tokens.has('ghg') ? 'emission' : 'ghg');
  // Chinese: character pairs within each phrase; the counted noun (the last phrase of two) also whole
  // (a line wrapped inside a Chinese word, `特展⏎门票收入`, parts no phrase)
  const phrases = (metric.includes('\n') ? metric.replace(WRAPPED_HAN, '') : metric).split(/\s+/).map((p) => p.replace(/[^\u3400-\u9fff]/g, '')).filter(Boolean);
  for (const han of phrases)
    for (let i = 0; i + 1 < han.length; i++) {
      const pair = han.slice(i, i + 2);
      if (!HAN_FUNCTION_PAIRS.has(pair)) tokens.add(pair);
    }
  if (phrases.length >= 2) tokens.add(`n:${phrases.at(-1)!}`);
  return [...tokens];
}

/** A line break between two Han characters, and the spaces around it. */
const WRAPPED_HAN = /(?<=[\u3400-\u9fff])[ \t]*\r?\n[ \t]*(?=[\u3400-\u9fff])/g;

/** `Greenhouse gas emissions` and `GHG emissions` name one quantity: the words read as the abbreviation. */
const withAbbreviations = (metric: string) => metric.replace(/\bgreenhouse[\s-]+gas(?:es)?\b/g, 'ghg');

/**
 * A word without its plural or its -ing / -ed ending (`served`, `serving` → `serv`), so one verb in two
 * forms is one word, nor its noun's -ment, -al after a vowel and w, or -y / -ies (`investment` / `invested`
 * → `invest`, `withdrawals` → `withdraw`, `community` / `communities` → `communit`); `draw`'s past forms
 * are its own (`we withdrew`, `water withdrawn` → `withdraw`), and a synonym is its group's stem (`bought` is `purchased`,
 * readers/metric-synonyms.ts).
 */
function stem(word: string): string {
  if (DRAWN.test(word)) return word.replace(DRAWN, 'draw');
  const synonym = SYNONYM_STEMS.get(word);
  if (synonym !== undefined) return synonym;
  if (word.length >= 6 && /(?:ing|ed)$/.test(word)) return word.replace(/(?:ing|ed)$/, '');
  // (a plural in -es after a hissing sound is its noun's without it: `mattresses`, `batches`, `boxes` as `mattress`, `batch`, `box`)
  const singular = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, ES_PLURAL.test(word) ? -2 : -1) : word;
  return singular.length > 4 ? singular.replace(/(?:ment|(?<=[aeo]w)al|ie|y)$/, '') : singular;
}

const DRAWN = /(?<=^(?:with)?)dr(?:ew|awn)$/;
/** A plural whose -es follows a hissing sound (`mattresses`, `batches`, `dishes`, `boxes`). */
const ES_PLURAL = /(?:ss|ch|sh|x)es$/;

/** Whether the metric has words enough to be told apart: two English words besides a one-word unit's own, or three Chinese character pairs. */
export function distinctive(tokens: readonly string[], unit: string): boolean {
  // a counted noun of two words or more (`registered members`, `monthly active users`) names a metric of its own; one word (`users`) does not
  const unitToken = unitTokenOf(unit);
  // a Chinese counted noun (`视障用户`) describes as much as the words before it: all its pairs count
  let han = 0;
  let english = 0;
  for (const t of tokens) {
    if (isHanPair(t)) han++;
    else if (startsEnglish(t) && t !== unitToken) english++;
  }
  return han >= 3 || english >= 2;
}

let lastUnit: string | undefined;
let lastUnitToken: string | undefined;

/** A one-word unit's token (`users`), else undefined: the unit asked last without a look-up (a run of figures shares one). */
function unitTokenOf(unit: string): string | undefined {
  if (unit !== lastUnit) {
    const named = metricTokens(unit);
    lastUnitToken = named.length === 1 ? named[0] : undefined;
    lastUnit = unit;
  }
  return lastUnitToken;
}

// a token of two Han characters (a Chinese pair), one starting with a letter or digit (English, `/` before a share's whole): by character codes, asked of every token of every figure
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isHanPair = (t: string) => t.length === 2 && isHan(t.charCodeAt(0)) && isHan(t.charCodeAt(1));

function startsEnglish(t: string): boolean {
  const c = t.charCodeAt(t.charCodeAt(0) === 47 /* / */ ? 1 : 0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Whether two token sets name the same metric (see the module comment). */
export function sameMetric(a: readonly string[], b: readonly string[]): boolean {
  const small = a.length <= b.length ? a : b;
  const large = small === a ? b : a;
  // the counts first: asked of many pairs, and a metric has a few tokens (no set is worth building)
  if (small.length < 2 || small.length / large.length <= 0.5) return false;
  for (const t of small) if (!large.includes(t)) return false;
  return true;
}

/** A counted noun in English words (`farmer shareholders`, `truck and bus radial`), as the extraction leaves it in a count's unit. */
export const ENGLISH_NOUN = /^[a-z][a-z -]*[a-z]$/i;

/** A noun's words as one key, to tell two counted nouns alike (`Customers` / `customers`). */
export const nounKey = (noun: string) => metricTokens(noun).join(' ');

/**
 * Whether two nouns have one key (`nounKey`): their tokens compared one by one, no key built (asked of every count). A token
 * holds no space and is never empty, so the keys are equal exactly when the tokens are.
 */
export function sameNoun(a: string, b: string): boolean {
  const ta = metricTokens(a);
  const tb = metricTokens(b);
  if (ta.length !== tb.length) return false;
  for (let i = 0; i < ta.length; i++) if (ta[i] !== tb[i]) return false;
  return true;
}

/** Words that name the reporting entity (`Group revenue`, `attributable to shareholders of the Company`), not what is measured. */
export const REPORTER: ReadonlySet<string> = new Set(metricTokens('company group'));
