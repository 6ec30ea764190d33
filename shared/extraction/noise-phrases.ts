import type { Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isDigitCode } from './normalize';
import { skipGap, skipGapBack } from './gaps';
import { gapBackAcrossWrap, textBeforeAcrossWrap, wordAfter, wordBefore, wordBeforeAcrossWrap } from './context';
import { MONTHS } from './noise-words';
import { CHANGE_VERBS } from './change-verbs';
import { afterFieldColon, isFieldValue } from './field-value';
import { lineStartWithin } from './lines';
import { ASSUMPTION_NOISE_RULES } from './noise-assumptions';

// Phrases whose number is no claimed figure (GUIDELINES.md, "Exclude"): the length of a reporting
// period, the base of a rate, a whole week or day meaning "always", `zero` naming a goal, `twice`
// counting how often rather than how much more, a table's scale stated in words; and the phrases
// that make a bare number one (an earlier period's value, a part of a whole, a change's start).

/**
 * `(2023: one)`, `(FY23: 4)`, `（2023年：一）`, `(2019 baseline: 35)`: an earlier period's value (or
 * the baseline's), alone after its colon.
 */
export const priorPeriodValue = (text: string, c: Candidate): boolean => {
  // a PDF may wrap after the colon (`(2022:⏎7)`)
  const colon = gapBackAcrossWrap(text, c.start) - 1;
  const after = code(text, skipGap(text, c.end, 0));
  if (code(text, colon) !== 0x3a || after !== 0x29) return false;
  return PERIOD_BEFORE_COLON.test(text.slice(Math.max(0, colon - 20), colon));
};
const PERIOD_BEFORE_COLON = /(?:\b(?:FY)?\d{2,4}|\d{4}\s*年)(?:\s*(?:baseline|base year|restated|基准年|基准))?\s*$/i;

/** `7 of our 23 sites`, `88 out of 100`, `…, 412 of them`: a part counted against a whole. */
export function partOfWhole(text: string, c: Candidate): boolean {
  if ((code(text, skipGap(text, c.end, 0)) | 0x20) !== 0x6f) return false; // `of`, `out`: read no word otherwise
  let of = wordAfter(text, c.end);
  if (of?.word === 'out') of = wordAfter(text, of.end);
  if (of?.word !== 'of') return false;
  // `1,120 nurses recruited, 412 of them from overseas`: a part of the whole the clause before just counted
  if (code(text, skipGapBack(text, c.start, 0) - 1) === 0x2c && JUST_NAMED.has(wordAfter(text, of.end)?.word ?? '')) return true;
  // the whole may stand on the next line of wrapped prose (`and 3 of⏎the 11 directors`)
  if (isDigitCode(code(text, skipGap(text, of.end, 1)))) return true;
  const det = wordAfter(text, of.end, 1);
  return det !== null && WHOLE_DETERMINERS.has(det.word) && isDigitCode(code(text, skipGap(text, det.end, 0)));
}
const WHOLE_DETERMINERS = new Set(['our', 'the', 'its', 'their', 'all']);
const JUST_NAMED = new Set(['them', 'whom', 'which', 'these', 'those']);

/**
 * `down from 421`, `fell to three`, `a design target of 600`: where a change started or ended, or
 * the value a target or baseline is set at.
 */
function changedFrom(text: string, c: Candidate): boolean {
  // the words before may end the line above, where a PDF wrapped the sentence (`down from⏎421`)
  const last = code(text, gapBackAcrossWrap(text, c.start) - 1) | 0x20;
  if (last !== 0x6d && last !== 0x6f && last !== 0x66) return false; // `from`, `to`, `of`: read no word otherwise
  const link = wordBeforeAcrossWrap(text, c.start);
  if (!link || (link.word !== 'from' && link.word !== 'to' && link.word !== 'of')) return false;
  const w = wordBeforeAcrossWrap(text, link.start)?.word ?? '';
  const before = text.slice(Math.max(0, link.start - 40), link.start);
  if (link.word === 'from') return w === 'down' || w === 'up' || CHANGE_VERBS.has(w) || CHANGED_TO_BEFORE.test(before) || CHANGED_BEFORE.test(before);
  return link.word === 'to' ? CHANGE_VERBS.has(w) || CHANGED_BEFORE.test(before) || CHANGED_FROM_BEFORE.test(before) : SET_VALUES.has(w);
}
/** CHANGE_VERBS as a pattern's alternatives (`fell|rose|…`). */
const CHANGE_VERB_ALTERNATIVES = [...CHANGE_VERBS].join('|');
/** `fell to 14 from 37`: where the change ended, just before where it started. */
const CHANGED_TO_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERB_ALTERNATIVES})\s+to\s+[\d,.]+%?\s*$`, 'i');
const SET_VALUES = new Set(['target', 'baseline', 'goal', 'ambition', 'budget', 'cap', 'limit']);
/** `rose 6.6% from 226`, `reduced by 4.0% to 48`: a change verb and its rate, then where the change started or ended. */
const CHANGED_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERB_ALTERNATIVES})(?:\s+by)?\s+\d[\d,.]*\s*%\s*$`, 'i');
/** `rose from 226 to 242`, `reduced 8.3% from 84 to 91`: where the change ended, after where it started. */
const CHANGED_FROM_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERB_ALTERNATIVES})(?:\s+by)?(?:\s+\d[\d,.]*\s*%)?\s+from\s+\d[\d,.]*\s*$`, 'i');

/** A bare number that the words around it make a figure: an earlier period's, a part's, a change's start. */
export const statedBare = (text: string, c: Candidate): boolean =>
  priorPeriodValue(text, c) || partOfWhole(text, c) || changedFrom(text, c) || partOfNamedWhole(text, c) || isFieldValue(text, c.start, c.end) || enumeratedAnswer(text, c) ||
  zhCountNamedBefore(text, c) || fieldValueOfYear(text, c);

/** `Pollution incidents: 64 in 2023 (2022: 81)`: a field's value said for its year, the year before's beside it. */
const fieldValueOfYear = (text: string, c: Candidate): boolean => afterFieldColon(text, c.start) && YEAR_AFTER_VALUE.test(text.slice(c.end, c.end + 24));
const YEAR_AFTER_VALUE = /^(?:[ \t]+in[ \t]+(?:FY[ \t]?)?(?:19|20)\d{2}\b|[ \t]*\((?:FY[ \t]?)?(?:19|20)\d{2}[ \t]*[:：])/;

/**
 * `死亡人数为0`, `门店数量达120`, `事故起数：3`: the number of a count the words before name (a noun
 * ending in 数 or 数量, then a copula), bare as a sentence states it.
 */
function zhCountNamedBefore(text: string, c: Candidate): boolean {
  const at = skipGapBack(text, c.start, 0);
  const copula = code(text, at - 1);
  if (copula !== 0x4e3a && copula !== 0x662f && copula !== 0x8fbe && copula !== 0xff1a) return false; // 为 是 达 ：
  return ZH_COUNT_NOUN.test(text.slice(Math.max(0, at - 4), at - 1));
}
const ZH_COUNT_NOUN = /[\u4e00-\u9fff](?:数|数量)$/;

/**
 * `(1) 0 (2) 0% (3) 0`: the answer to an enumerated metric (`(1) Number of data breaches, (2) …`),
 * each value after its item's mark and before the next mark, a `;` or the line's end.
 */
function enumeratedAnswer(text: string, c: Candidate): boolean {
  if (!ITEM_MARK_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) return false;
  return ITEM_END_AFTER.test(text.slice(c.end, c.end + 6));
}
const ITEM_MARK_BEFORE = /(?:^|[\s;])\([1-9a-z]\)[ \t]$/;
const ITEM_END_AFTER = /^(?:[ \t]*(?:\([1-9a-z]\)|[;；]|\n|$))/;

/**
 * `Of the 30 upstream dams …, 13 had been eliminated`: a part of the whole the sentence opened
 * with, its noun elided before the verb.
 */
function partOfNamedWhole(text: string, c: Candidate): boolean {
  if (code(text, skipGapBack(text, c.start, 0) - 1) !== 0x2c) return false;
  if (!PART_VERBS.has(wordAfter(text, c.end)?.word ?? '')) return false;
  const from = Math.max(0, c.start - SENTENCE_REACH);
  const before = text.slice(from, c.start);
  const open = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf(';'));
  return OF_THE_WHOLE.test(before.slice(open + 1));
}
const PART_VERBS = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is', 'remain', 'remained']);
const OF_THE_WHOLE = /^\s*(?:of|out of) (?:the|our|its|their|all)\s+[\d,]+\s+[a-z]/i;
const SENTENCE_REACH = 200;

/**
 * `a weighted average lease expiry … of 3.2 years`, `average tenure of 7.4 years`, `the average
 * tenure of directors is 6.4 years`: a duration that is the value of an average, not a period
 * framing another claim.
 */
export function averagedDuration(text: string, c: Candidate): boolean {
  // `董事平均任期为5.6年`: 平均 earlier in the clause, a copula just before the number
  // (a wrapped line goes on with the clause)
  if (ZH_AVERAGE.test(text.slice(Math.max(0, c.start - ZH_AVERAGE_REACH), c.start).replace(/\n(?!\s*\n)/g, ''))) return true;
  if (!AVERAGE_LINKS.has(wordBefore(text, c.start)?.word ?? '')) return false;
  const clause = text.slice(Math.max(0, c.start - AVERAGE_REACH), c.start);
  // a wrapped line goes on with the clause; a blank line ends it
  return /\b(?:average|mean)\b(?:[^.;:\n]|\n(?!\s*\n))*$/i.test(clause);
}
const AVERAGE_REACH = 80;
const ZH_AVERAGE_REACH = 16;
const ZH_AVERAGE = /平均[^，。；、,;\n]{0,12}(?:为|是|达|约|达到)$/;
/** What links an average to its value: `of`, a copula, `stood at`, `averaged`. */
const AVERAGE_LINKS = new Set(['of', 'is', 'was', 'at', 'averaged']);

/**
 * `we recorded one fatality`, `there was one fatal accident`, `one contractor lost his life`: `one` after a
 * verb of recording or `there was` / `there has been`, or whose noun died, counts; it is no article.
 */
export function recordedOne(text: string, c: Candidate): boolean {
  if (c.kind !== 'noun') return false;
  // `one contractor lost his life`, `one worker died`: the subject of a fatality
  if (fatalityOf(text, c)) return true;
  const verb = wordBefore(text, c.start);
  if (!verb) return false;
  if (RECORDING_VERBS.has(verb.word)) return true;
  if (verb.word !== 'was' && verb.word !== 'been') return false;
  let w = wordBefore(text, verb.start);
  if (verb.word === 'been' && (w?.word === 'has' || w?.word === 'had')) w = wordBefore(text, w.start);
  return w?.word === 'there';
}
/** The noun after `one` (as written, on its line), then a verb of a death. */
function fatalityOf(text: string, c: Candidate): boolean {
  let k = c.end;
  while (text.charCodeAt(k) === 0x20) k++;
  return text.startsWith(c.unit, k) && FATALITY_AFTER.test(text.slice(k + c.unit.length, k + c.unit.length + 24));
}
const FATALITY_AFTER = /^\s+(?:lost\s+(?:his|her|their)\s+li(?:fe|ves)|died\b|was\s+(?:killed|fatally)\b)/;
const RECORDING_VERBS = new Set(['recorded', 'reported', 'suffered', 'sustained', 'experienced', 'registered']);

/** `the 12 months to 30 June 2024`, `six months to June`: a reporting period's length. */
function periodUpToDate(text: string, c: Candidate): boolean {
  if (c.kind !== 'duration' && c.kind !== 'year') return false;
  const to = wordAfter(text, c.end);
  if (to?.word !== 'to') return false;
  const g = skipGap(text, to.end, 0);
  if (isDigitCode(code(text, g))) {
    let e = g;
    while (isDigitCode(code(text, e))) e++;
    return e - g <= 2 && MONTHS.has(wordAfter(text, e)?.word ?? '');
  }
  return MONTHS.has(wordAfter(text, g)?.word ?? '');
}

/**
 * `tCO2e per £1m invested`, `injuries per 1,000 employees`, `96 flights out of every 100`,
 * `每10股`: the base a rate or a share is counted over.
 */
function rateBase(text: string, c: Candidate): boolean {
  if (c.kind === 'percent') return false;
  // `每10股派发现金红利6.50元`: so many of what is counted; `每两天` (every two days) is a claim
  const last = code(text, skipGapBack(text, c.start, 0) - 1);
  if (last === 0x6bcf) return c.kind === 'count' || c.kind === 'noun' || c.kind === 'currency';
  // `per`, `every`, `of`: read no word otherwise; a wrapped line may stand between (`one out of every⏎four people`)
  const wrapped = code(text, skipGapBack(text, c.start, 1) - 1);
  if ((wrapped | 0x20) !== 0x72 && (wrapped | 0x20) !== 0x79 && (wrapped | 0x20) !== 0x66) return false;
  const w = wordBefore(text, c.start, 1);
  if (w?.word === 'per') return true;
  const before = w ? wordBefore(text, w.start) : null;
  // `88 out of 100`: the whole a score is out of
  if (w?.word === 'of') return before?.word === 'out' && isDigitCode(code(text, skipGapBack(text, before.start, 0) - 1));
  if (w?.word !== 'every') return false;
  return before?.word === 'of' || before?.word === 'in';
}

/** How many of each smaller unit a period holds: `7 days a week` and `24 hours a day` mean always. */
const WHOLE_PERIOD: Record<string, Record<string, number>> = {
  days: { week: 7, year: 365 },
  hours: { day: 24, week: 168, year: 8760 },
  months: { year: 12 },
  weeks: { year: 52 },
};

function wholePeriod(text: string, c: Candidate): boolean {
  if (c.kind !== 'duration') return false;
  if (weekOfDays(text, c)) return true;
  const per = WHOLE_PERIOD[c.unit];
  if (!per || c.reading.range !== 'none') return false;
  const a = wordAfter(text, c.end);
  if (a?.word !== 'a' && a?.word !== 'per' && a?.word !== 'each') return false;
  return per[wordAfter(text, a.end)?.word ?? ''] === c.value;
}

/** `7×24小时`, `7x24 hours`: a week's days times a day's hours, always. */
function weekOfDays(text: string, c: Candidate): boolean {
  if (c.value !== 24 || (c.unit !== '小时' && c.unit !== 'hours')) return false;
  const times = code(text, c.start - 1);
  return (times === 0xd7 || times === 0x2a || (times | 0x20) === 0x78) && code(text, c.start - 2) === 0x37 && !isDigitCode(code(text, c.start - 3));
}

/** Nouns that `zero` names a goal with (`Zero waste to landfill`, `zero harm`), not a count. */
const GOAL_NOUNS = new Set(['waste', 'harm', 'carbon', 'tolerance', 'deforestation', 'discharge', 'landfill', 'net']);

/**
 * `net zero`, `zero-emission fleet`, `Zero waste to landfill`: `zero` naming a goal. A count of
 * none keeps its plural noun, after any hyphenated modifiers (`zero work-related fatalities`).
 */
function zeroAsName(text: string, c: Candidate): boolean {
  if (c.form.script !== 'en' || c.value !== 0) return false;
  if (wordBefore(text, c.start)?.word === 'net' || code(text, c.end) === 0x2d || code(text, c.start - 1) === 0x2d) return true;
  let w = wordAfter(text, c.end);
  while (w && w.word.includes('-')) w = wordAfter(text, w.end);
  return !w || GOAL_NOUNS.has(w.word) || !w.word.endsWith('s');
}

/** `twice as many`, `twice the average` compare; `twice a year` counts how often. */
function twiceAsFrequency(text: string, c: Candidate): boolean {
  if (c.form.script !== 'en' || c.kind !== 'times' || text.slice(c.numStart, c.numStart + 5).toLowerCase() !== 'twice') return false;
  const next = wordAfter(text, c.end)?.word;
  return next !== 'as' && next !== 'the' && next !== 'that' && next !== 'what';
}

/** `($ in millions)`, `in thousands`: the scale a table's figures are stated in, not `millions of users`. */
function scaleStatement(text: string, c: Candidate): boolean {
  return c.form.script === 'en' && c.reading.vague && wordBefore(text, c.start)?.word === 'in' && wordAfter(text, c.end)?.word !== 'of';
}

/**
 * `Spills > 1 barrel⇥12⇥17`, `Two or more races    2.4    1.6`: a comparison in a row's label defines
 * its category, no figure (a sign before the number, or an open end after it opening the label).
 */
function thresholdInLabel(text: string, c: Candidate): boolean {
  const sign = code(text, skipGapBack(text, c.start, 0) - 1);
  if (sign !== 0x3e && sign !== 0x3c && sign !== 0x2265 && sign !== 0x2264 && !openEndLabel(text, c)) return false;
  // in the row's first cell: no column gap between the line's start and the number (`SOx⇥<0.1` is a value)
  for (let k = c.start - 1; k >= Math.max(0, c.start - 80); k--) {
    const ch = code(text, k);
    if (ch === 0x0a) break;
    if (ch === 0x09 || (ch === 0x20 && code(text, k - 1) === 0x20)) return false;
  }
  for (let k = c.end; k < Math.min(text.length, c.end + 80); k++) {
    const ch = code(text, k);
    if (ch === 0x0a) return false;
    if ((ch === 0x09 || (ch === 0x20 && code(text, k + 1) === 0x20)) && isDigitCode(code(text, skipGap(text, k, 0)))) return true;
  }
  return false;
}

/** A label opening its line with a number and an open end (`Two or more races`, `3 or fewer visits`). */
function openEndLabel(text: string, c: Candidate): boolean {
  if (c.qualifier !== 'over' && c.qualifier !== 'under') return false;
  const ls = lineStartWithin(text, c.start, 80);
  return ls >= 0 && /^[ \t]*$/.test(text.slice(ls, c.start)) && OPEN_END.test(text.slice(c.numEnd, c.numEnd + 16));
}
const OPEN_END = /^ (?:or|and) (?:more|above|over|fewer|less|below|under|older|younger)\b/;

/** `Figures may not add up to 100% because of rounding`: what shares would total, no figure. */
function roundingTotal(text: string, c: Candidate): boolean {
  if (c.kind !== 'percent' || c.value !== 100) return false;
  return NOT_ADD_UP_TO.test(textBeforeAcrossWrap(text, c.start, 40));
}
const NOT_ADD_UP_TO = /\bnot (?:add|sum|total)(?: up)?(?: to)? ?$/i;

export const PHRASE_NOISE_RULES: NoiseRule[] = [
  { name: 'rounding-total', kinds: ['percent'], drop: roundingTotal },
  { name: 'threshold-in-row-label', drop: thresholdInLabel },
  { name: 'scale-statement', scripts: ['en'], drop: scaleStatement },
  { name: 'reporting-period-length', kinds: ['duration', 'year'], drop: periodUpToDate },
  { name: 'rate-base', drop: rateBase },
  { name: 'whole-period', kinds: ['duration'], drop: wholePeriod },
  { name: 'zero-as-name', scripts: ['en'], drop: zeroAsName },
  { name: 'twice-as-frequency', scripts: ['en'], kinds: ['times'], drop: twiceAsFrequency },
  ...ASSUMPTION_NOISE_RULES,
];
