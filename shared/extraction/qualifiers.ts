import type { Qualifier } from '../domain/figure';
import type { CandidateKind } from './candidate';
import { wordBefore, wordBeforeAcrossWrap } from './context';
import { looksPlural } from './en-nouns';
import { skipGap, skipGapBack } from './gaps';
import { skipGapAcrossWrap } from './line-wrap';
import { zhScaleAt } from './scales';
import { ZH_UNIT_TABLE } from './units';
import { CLASS, C_ZHNUM, codeAt as code, isCjkCode, isLetterCode } from './normalize';
import { PhraseTable } from './trie';
import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

// Hedges around a figure. Prefixes are matched backwards from the number (skipping whitespace and
// markup); suffixes forwards from the end of the number, the scale or the unit.

/**
 * Chinese words before the number, and what each says of it (`超过4500万户`, `近3,100万人次`; `最近` and `附近` say no bound):
 * the one list of them, which the metric readers (`metric-zh.ts`' joiners) and the checks (`markers.ts`' bound words) read too.
 */
export const ZH_QUALIFIER_PREFIX: ReadonlyArray<readonly [string, Qualifier]> = [
  ['超过', 'over'], ['超', 'over'], ['逾', 'over'], ['多于', 'over'], ['高于', 'over'], ['大于', 'over'],
  ['不少于', 'over'], ['不低于', 'over'], ['至少', 'over'], ['突破', 'over'], ['超出', 'over'],
  // `於` as Hong Kong and Taiwan reports write `于` (traditional.ts does not fold it)
  ['多於', 'over'], ['高於', 'over'], ['大於', 'over'], ['不少於', 'over'], ['不低於', 'over'], ['少於', 'under'], ['低於', 'under'],
  ['不高於', 'up_to'], ['不多於', 'up_to'], ['不大於', 'up_to'],
  ['近', 'nearly'], ['将近', 'nearly'], ['最近', 'exact'], ['附近', 'exact'], ['临近', 'exact'], ['靠近', 'exact'], ['接近', 'nearly'], ['近乎', 'nearly'], ['逼近', 'nearly'],
  ['约', 'about'], ['大约', 'about'], ['约为', 'about'], ['约有', 'about'], ['大约有', 'about'], ['至少有', 'over'], ['大概', 'about'], ['约合', 'about'], ['约占', 'about'],
  ['不到', 'under'], ['不足', 'under'], ['少于', 'under'], ['低于', 'under'], ['未满', 'under'],
  ['最高', 'up_to'], ['最多', 'up_to'], ['高达', 'up_to'], ['最高可达', 'up_to'], ['最多可达', 'up_to'],
  // a cap, not a floor: `不超过 1.3` is read before the `超过` inside it
  ['不超过', 'up_to'], ['不超', 'up_to'], ['不高于', 'up_to'], ['不多于', 'up_to'], ['不大于', 'up_to'],
];

/** Before the number: `超过4500万户`, `more than 10 million`. */
export const QUALIFIER_PREFIX = new PhraseTable<Qualifier>([
  ...ZH_QUALIFIER_PREFIX,
  ['no more than', 'up_to'], ['not more than', 'up_to'], ['not exceeding', 'up_to'], ['not exceed', 'up_to'], ['not to exceed', 'up_to'],
  ['never exceed', 'up_to'], ['no higher than', 'up_to'], ['not higher than', 'up_to'], ['no greater than', 'up_to'],
  ['not greater than', 'up_to'], ['no larger than', 'up_to'], ['no bigger than', 'up_to'],
  // a negated comparative is the opposite bound, read before the comparative inside it (`no fewer than 30` is at least 30)
  ['no fewer than', 'over'], ['not fewer than', 'over'], ['no lower than', 'over'], ['not lower than', 'over'], ['no smaller than', 'over'],
  ['more than', 'over'], ['over', 'over'], ['at least', 'over'], ['no less than', 'over'], ['not less than', 'over'],
  ['in excess of', 'over'], ['upwards of', 'over'], ['greater than', 'over'], ['exceeding', 'over'], ['exceeded', 'over'],
  ['exceeds', 'over'], ['surpassed', 'over'], ['surpassing', 'over'], ['surpasses', 'over'], ['topped', 'over'],
  ['higher than', 'over'], ['larger than', 'over'], ['bigger than', 'over'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'], ['approaching', 'nearly'], ['just short of', 'nearly'],
  ['about', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['approx', 'about'], ['around', 'about'],
  ['roughly', 'about'], ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'],
  ['c.', 'about'], ['ca.', 'about'],
  ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
  ['less than', 'under'], ['fewer than', 'under'], ['under', 'under'], ['below', 'under'],
  ['smaller than', 'under'], ['lower than', 'under'],
]);

/**
 * The Chinese words of `ZH_QUALIFIER_PREFIX` that say a bound of one of `kinds` (`超过`, `将近`, `约`, `不足`), and their
 * traditional spellings, as a report's own text writes them (`超過`, `將近`, `約`): longest first, so that a word is read
 * before the shorter words it ends in (`将近` before `近`).
 */
export function zhBoundWords(kinds: readonly Qualifier[]): string[] {
  const words = ZH_QUALIFIER_PREFIX.filter(([, q]) => kinds.includes(q)).map(([w]) => w);
  const traditional = words.map((w) => Array.from(w, (c) => TRADITIONAL_OF.get(c) ?? c).join('')).filter((t) => !words.includes(t));
  return [...new Set([...words, ...traditional])].sort((x, y) => y.length - x.length);
}

/** A simplified character's traditional form, where a report may write it otherwise (`过` `過`, `约` `約`). */
const TRADITIONAL_OF: ReadonlyMap<string, string> = new Map(Array.from(TRADITIONAL_TO_SIMPLIFIED, ([t, s]) => [String.fromCharCode(s), String.fromCharCode(t)]));

/** `上` means "over" only before a bare scale character (`上百双`, `上千万`); `成` likewise in `成千上万`. */
export const ZH_SCALE_PREFIX = new PhraseTable<Qualifier>([
  ['上', 'over'], ['破', 'over'], ['过', 'over'], ['近', 'nearly'], ['超', 'over'], ['逾', 'over'], ['数以', 'over'],
]);

/** Between the number and its scale or unit: `2000多万吨`, `60余项`, `十余`. */
export const QUALIFIER_INFIX = new PhraseTable<Qualifier>([
  ['多', 'over'], ['余', 'over'],
]);

/**
 * `义诊活动一百二十⏎余场`, `活动120⏎余场`: a PDF's wrap of Chinese prose between a number ending its line
 * and the 多 / 余 opening the next is read where a scale or a unit follows the infix (not `余额`, `多元化`).
 */
export function infixAcrossWrap(text: string, numStart: number, p: number): { end: number; value: Qualifier } | null {
  const g = skipGapAcrossWrap(text, numStart, p);
  if (g === skipGap(text, p, 0) || opensDiverseWord(text, g)) return null;
  const inf = QUALIFIER_INFIX.matchForward(text, g);
  return inf && (zhScaleAt(text, inf.end) || ZH_UNIT_TABLE.matchForward(text, inf.end)) ? inf : null;
}

/** After the unit: `10万元以上`, `50%左右`, `100+`. `threshold` marks criteria (`30人以下`), not claims. */
export const QUALIFIER_SUFFIX = new PhraseTable<Qualifier | 'threshold'>([
  ['以上', 'over'], ['之多', 'over'], ['有余', 'over'], ['多', 'over'], ['余', 'over'],
  ['左右', 'about'], ['上下', 'about'], ['开外', 'over'],
  ['以下', 'threshold'], ['以内', 'threshold'], ['及以上', 'threshold'], ['及以下', 'threshold'],
  ['+', 'over'], ['or more', 'over'], ['and above', 'over'], ['plus', 'over'], ['-plus', 'over'], ['or so', 'about'],
  ['and below', 'threshold'], ['or less', 'threshold'], ['or fewer', 'threshold'], ['and under', 'threshold'],
]);

/**
 * `比例降至0.2%以下`, `控制在5%以内`: 以下 / 以内 after a figure a verb brings down or holds to bound the
 * result (under, up to); it names no criterion as in `30人以下的企业`.
 */
export function boundOfResult(text: string, start: number, suffixAt: number): Qualifier | null {
  if (code(text, suffixAt) !== 0x4ee5) return null;
  const next = code(text, suffixAt + 1);
  if (next !== 0x4e0b && next !== 0x5185) return null;
  return RESULT_VERB_BEFORE.test(text.slice(Math.max(0, start - 6), skipGapBack(text, start, 0))) ? (next === 0x4e0b ? 'under' : 'up_to') : null;
}
const RESULT_VERB_BEFORE = /(?:[降減减]至|[降減减]到|降低[至到]|下降[至到]|減少[至到]|减少[至到]|降為|降为|低至|控制[在於于]|保持[在於于]|維持[在於于]|维持[在於于])$/;

/**
 * `~68%`, `≈64%`, `>95%`, `≥100%`, `<5%`, `≤2`: a comparison sign glued before the number. A `>`
 * that closes a tag (`<b>95%`) or an arrow (`->`) is none: the sign must stand after a space, an
 * opening parenthesis or the line's start.
 */
/** Second characters of the words 多元 opens (`多元化`, `多元培训`, `多元文化`, `多元主体`). */
const DIVERSE_WORDS = new Set(Array.from('化文培发主共参融投治合价社产包平', (c) => c.charCodeAt(0)));

/**
 * Whether 多 at `i` opens the word 多元 (diverse: `5.5 多元培训与发展`, a section's heading), not the
 * qualifier 多 before 元 (`500 多元`, more than 500 yuan).
 */
export function opensDiverseWord(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x591a && text.charCodeAt(i + 1) === 0x5143 && DIVERSE_WORDS.has(text.charCodeAt(i + 2));
}

export function symbolQualifier(text: string, start: number): Qualifier | null {
  const q = SYMBOL_QUALIFIERS.get(text.charCodeAt(start - 1));
  if (q === undefined) return null;
  const b = start >= 2 ? text.charCodeAt(start - 2) : 0x20;
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x28 || b === 0xff08 || b === 0x3000 ? q : null;
}
const SYMBOL_QUALIFIERS = new Map<number, Qualifier>([
  [0x7e, 'about'], [0x2248, 'about'], [0x223c, 'about'], [0x3e, 'over'], [0x2265, 'over'], [0x3c, 'under'], [0x2264, 'up_to'],
]);

/**
 * `under three scenarios`, `under two programmes`: `under` before a count of frameworks places what
 * is said within them; it is a preposition, not "less than" (`under 30 employees`, `under two hours`).
 */
export function underAsPreposition(q: Qualifier | null, countedNoun: string): boolean {
  return q === 'under' && FRAMEWORK_NOUNS.has(countedNoun.slice(countedNoun.lastIndexOf(' ') + 1).toLowerCase());
}
const FRAMEWORK_NOUNS = new Set([
  'scenario', 'scenarios', 'pathway', 'pathways', 'framework', 'frameworks', 'programme', 'programmes', 'program', 'programs',
  'scheme', 'schemes', 'standard', 'standards', 'agreement', 'agreements', 'contract', 'contracts', 'policy', 'policies',
  'plan', 'plans', 'pillar', 'pillars', 'theme', 'themes', 'heading', 'headings', 'regime', 'regimes', 'mandate', 'mandates',
]);

/**
 * `5,80,000 saplings over 290 hectares`, `fertigation over 212,000 hectares`: `over` between a thing and the
 * area it is spread across is a preposition, not "more than" (`cover over 4,000 hectares`): the word before
 * it is a noun of an activity (`-tion`, `-ment`) or the plural a number right before it counts. Likewise
 * between a count and the hours a rate reckons it over (`22 lost-time injuries over 41.26 million hours`),
 * where a hyphenated word may stand between the count and its plural.
 */
export function overAsPreposition(text: string, start: number, q: Qualifier | null, unit: string): boolean {
  const area = AREA_UNITS.has(unit);
  if (q !== 'over' || !(area || unit === 'hours')) return false;
  const over = wordBeforeAcrossWrap(text, start);
  if (over === null || over.word !== 'over') return false;
  const noun = wordBeforeAcrossWrap(text, over.start);
  if (noun === null) return false;
  if (ACTIVITY_NOUN.test(noun.word)) return area;
  if (!looksPlural(noun.word)) return false;
  return isDigitChar(code(text, skipGapBack(text, noun.start, 1) - 1)) || (!area && COUNT_THEN_HYPHENATED.test(text.slice(Math.max(0, noun.start - 32), noun.start)));
}
/**
 * `Each space turned over 4.2 times a day`, `we handed over 1,260 homes`: `over` as the particle of a verb (to turn over,
 * to hand over) says what was done, not that the amount is more than the number.
 */
export function overAsParticle(text: string, start: number, q: Qualifier | null): boolean {
  if (q !== 'over') return false;
  const over = wordBeforeAcrossWrap(text, start);
  if (over === null || over.word !== 'over') return false;
  const verb = wordBeforeAcrossWrap(text, over.start);
  return verb !== null && PARTICLE_VERBS.test(verb.word);
}
const PARTICLE_VERBS = /^(?:turn|hand)(?:s|ed|ing)?$/;
const AREA_UNITS: ReadonlySet<string> = new Set(['ha', 'acres', 'km2', 'm2', 'mu', '亩']);
/** A number, then one hyphenated word, before a plural (`22 lost-time ` before `injuries`). */
const COUNT_THEN_HYPHENATED = /\d[ \u00a0]+\p{L}+(?:-\p{L}+)+[ \u00a0]+$/u;
const ACTIVITY_NOUN = /^[a-z]{3,}(?:tion|sion|ment)$/;
const isDigitChar = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** How far before a number its qualifier may stand with Chinese words between (a share's base, an adverb's verb phrase). */
const MAX_BASE = 8;
/** Characters the adverb 至少 may stand before its number: a verb and its object (`至少为公益贡献 3 小时`). */
const MAX_ADVERB_REACH = 6;
const SHU = '数'.charCodeAt(0);
const COUNT_OF = new Set(Array.from('总人户次件', (ch) => ch.charCodeAt(0)));
/** An adverb of a bound: it bounds the amount of the verb phrase it opens (`至少完成 30 家`, `至少比以前好 20%`). */
const BOUND_ADVERBS = new PhraseTable<Qualifier>([['至少', 'over']]);
/** Kinds whose number the adverb's bound reaches; a year or a date is no amount (`至少到 2030 年` frames). */
const AMOUNT_KINDS = new Set<CandidateKind>(['currency', 'percent', 'pp', 'measure', 'count', 'times', 'duration', 'temperature', 'noun', 'none']);

/**
 * A qualifier standing a few Chinese characters before its number, none of them a numeral (a space
 * before the number allowed): a comparison of two characters or more before a share's base
 * (`不少于年度净利润百分之一`, `超过榜单总数 1/3`), or the adverb 至少 before the verb phrase holding an
 * amount (`每年至少为公益贡献3小时`, `至少完成 30 家门店`).
 */
export function qualifierBeforeWords(text: string, start: number, kind: CandidateKind): Qualifier | null {
  const adverb = AMOUNT_KINDS.has(kind);
  if (!adverb && kind !== 'percent') return null;
  let j = skipGapBack(text, start, 0);
  if (code(text, j - 1) === 0x7684) j--; // 的
  for (let k = 0; k < MAX_BASE; k++) {
    const c = code(text, j - 1);
    // 数 after 总, 人, 户… is the noun `number` (`员工总数`), not a numeral
    if (!isCjkCode(c) || (CLASS[text.charCodeAt(j - 1)] === C_ZHNUM && !(c === SHU && COUNT_OF.has(code(text, j - 2))))) return null;
    j--;
    const a = adverb && k < MAX_ADVERB_REACH ? BOUND_ADVERBS.matchBackward(text, j) : null;
    if (a) return a.value;
    if (kind !== 'percent' || k < 1) continue;
    const m = QUALIFIER_PREFIX.matchBackward(text, j);
    if (m && j - m.end >= 2) return m.value;
  }
  return null;
}

/**
 * A rate said of a noun after it (`低于观众人次16.1%的增幅`, the spectators' growth of 16.1%): the comparison before is of two
 * rates, no bound on this one.
 */
export const rateOfNounAfter = (text: string, end: number): boolean => RATE_OF_NOUN.test(text.slice(end, end + 4));
const RATE_OF_NOUN = /^的(?:增幅|增速|涨幅|降幅|增长|降速|水平)/;

/** How much of the line above a hyphenated word's first half is read with it. */
const HYPHEN_HEAD = 24;

/**
 * A qualifier in words a PDF hyphenated at a line's end (`an estimat-⏎ed 6 million`, or as the PDF
 * reader joins the lines, `an estimat- ed 6 million`): the word before the number follows a line
 * break or one space after a letter and a hyphen; the two halves are read as one word.
 */
export function hyphenatedQualifier(text: string, start: number): Qualifier | null {
  const w = wordBefore(text, start);
  if (!w) return null;
  let h = w.start - 1;
  if (code(text, h) !== 0x0a && code(text, h) !== 0x20) return null;
  if (code(text, h) === 0x0a && code(text, h - 1) === 0x0d) h--;
  if (code(text, h - 1) !== 0x2d || !isLetterCode(code(text, h - 2))) return null;
  const joined = text.slice(Math.max(0, h - 1 - HYPHEN_HEAD), h - 1) + text.slice(w.start, w.end);
  return QUALIFIER_PREFIX.matchBackward(joined, joined.length, { innerSpaces: true })?.value ?? null;
}
