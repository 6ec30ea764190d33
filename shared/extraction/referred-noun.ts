import type { Candidate } from './candidate';
import { codeAt as code, isLetterCode, lastCodeAfter } from './normalize';
import { lineStartWithin } from './lines';
import { textBeforeAcrossWrap, wordAfter } from './context';
import { looksPlural } from './en-nouns';
import { partLabelBelow } from './column-kpi';
import { priorPeriodValue } from './noise-phrases';
import { YEAR_ALONE } from './cell-lines';

// English points back to what it has just counted: `Eleven sites, six of them in water-stressed
// regions`, `12,600 young people …, of whom 5,300 went on to jobs`, `14.2 million tonnes of freight, of
// which 9.6 million moved`, `860 million bottles, and retail partners another 140 million`. The second
// count has no noun of its own; it counts what the figure before it in its sentence counted.

/** How far back in the sentence the figure referred to may end. */
const REACH = 200;

/**
 * Give a bare count the unit of the figure `prev` before it when it refers back to that figure's noun
 * (`N of them`, `of which N`, `of whom N`, `another N`) with no sentence's end between.
 */
export function takeReferredNoun(text: string, cand: Candidate, found: readonly Candidate[]): void {
  const prev = found[found.length - 1];
  const beforePrev = found[found.length - 2];
  if (!prev || cand.reading.range !== 'none' || cand.form.script === 'zh') return;
  const bare = cand.kind === 'none' && cand.unit === '';
  if (!bare && !(cand.kind === 'noun' && NOT_A_HEAD.test(cand.unit) && endsPhrase(text, cand.end))) return;
  // what points back skips a share (`40 holdings, which account for 58% of emissions, led 29 of them`)
  // and the place of the count before it (`412 factories in 18 countries, down from 447`)
  // (a share only for a part of a set: after `up from` a number may be the share's own earlier value)
  // and a count's share in brackets after it (`1,384 (23.4%) were women and 418 self-identified`)
  let target = beforePrev && beforePrev.kind === 'noun' && beforePrev.end <= prev.start && ((prev.kind === 'percent' && (partOfSet(text, cand) || shareInBrackets(text, beforePrev, prev))) || placeOf(text, beforePrev, prev)) ? beforePrev : prev;
  // (`spilled 21.4 times each, down from 27.6`: how often, as a count's noun is what)
  if (target.kind !== 'noun' && target.kind !== 'measure' && target.kind !== 'currency' && target.kind !== 'times') return;
  // a part whose word after it says what befell it, no noun (`1,058 announced`, `9.6 million moved`,
  // `12 fewer than in 2022`), counts what the figure before it counted, whatever points back
  // (an earlier period's value under its figure in a KPI page's column may stand further: `7.9⏎kgCO2e⏎per
  // occupied room⏎(2019: 11.4)`, another column's text on each line between)
  const inColumn = bare && target === prev && earlierPeriodInColumn(text, cand, prev);
  // `Of the 42 directors, 11 (26.2%) are women`: a count with its share in brackets is a part of the set counted before it
  const sharedPart = bare && target.kind === 'noun' && !cand.context.tableCell && SHARE_IN_BRACKETS_AFTER.test(text.slice(cand.end, cand.end + 16));
  if (prev.end > cand.start || (cand.start - target.end > REACH && !inColumn) || (bare && !inColumn && !sharedPart && !refersBack(text, cand) && !earlierPeriodOf(text, cand, prev) && !parallelPart(text, cand, prev) && !parallelTarget(text, cand, prev))) return;
  // a part of a set reaches back past a semicolon, to the set its clause is about: that clause's first
  // count of a noun (`assessed at 38 factories employing more than 52,000 workers; wages at 11 of them`)
  const part = partOfSet(text, cand);
  if (clauseEndBetween(text, target.end, cand.start, !part)) return;
  if (part && clauseEndBetween(text, target.end, cand.start)) {
    const head = clauseHead(text, found, target, cand.value);
    if (!head) return;
    target = head;
  }
  // `1,627 of them women`: the part's own noun, where it names one
  const own = OWN_NOUN.exec(text.slice(cand.end, cand.end + 24));
  if (own && looksPlural(own[1]!.toLowerCase())) {
    cand.unit = own[1]!;
    cand.kind = 'noun';
  } else {
    const ref = target === prev && beforePrev && prev.kind === 'measure' && attributeOf(text, beforePrev, prev) ? beforePrev : target;
    cand.unit = ref.unit;
    cand.kind = ref.kind;
  }
  cand.context.noun = cand.kind === 'noun' ? { spaced: true, capitalized: false } : null;
}

/**
 * The first count of a noun in the clause that ends with `last` that is no smaller than a part of it
 * (`partValue`): `in nine countries; 14,500 of them` counts no countries.
 */
function clauseHead(text: string, found: readonly Candidate[], last: Candidate, partValue: number): Candidate | null {
  let head = last.value >= partValue ? last : null;
  for (let k = found.length - 1; k >= 0 && found.length - k <= HEAD_LOOKBACK; k--) {
    const f = found[k]!;
    if (f.end > last.start) continue;
    if (last.start - f.end > REACH || clauseEndBetween(text, f.end, last.start)) break;
    if (f.kind === 'noun' && f.value >= partValue) head = f;
  }
  return head;
}
const HEAD_LOOKBACK = 8;

/** `29 of them`, `of whom 5,300`: a part of a set named before. */
const partOfSet = (text: string, cand: Candidate): boolean =>
  /^\s+of\s+(?:them|whom|which)\b/.test(text.slice(cand.end, cand.end + 16)) || /\bof\s+(?:which|whom)\s+$/.test(text.slice(Math.max(0, cand.start - 12), cand.start));

/** `412 Tier 1 factories in 18 countries`: the count `place` says where the count before it is. */
const placeOf = (text: string, count: Candidate, place: Candidate): boolean => {
  if (place.kind !== 'noun' || place.start - count.end > count.unit.length + 12) return false;
  // the count's noun, then `in` or `across`, and nothing else between
  const between = text.slice(count.end, place.start).replace(/\s+/g, ' ');
  return between === ` ${count.unit} in ` || between === ` ${count.unit} across `;
};

/**
 * `312 vessels with a combined capacity of 2.38m TEU, of which 148 were owned`: the measure is an
 * attribute of the count before it, so what points back counts that count's noun.
 */
function attributeOf(text: string, count: Candidate, measure: Candidate): boolean {
  return count.kind === 'noun' && count.end <= measure.start && measure.start - count.end <= ATTRIBUTE_REACH && ATTRIBUTE_OF.test(text.slice(count.end, measure.start));
}
const ATTRIBUTE_REACH = 60;
const ATTRIBUTE_OF = /^[^.;\d]{0,20}\bwith\s+(?:a|an)\s+(?:[a-z-]+\s+){1,2}of\s*$/i;
/** A sentence's end (`. `, a blank line), or a clause of its own (`;`) unless `semicolon` is false, in `[from, to)`. */
export function clauseEndBetween(text: string, from: number, to: number, semicolon = true): boolean {
  for (let k = from; k < to; k++) {
    const c = code(text, k);
    if ((c === 0x3b && semicolon) || ((c === 0x2e || c === 0x21 || c === 0x3f) && !isLetterCode(code(text, k + 1)) && code(text, k + 1) !== -1 && !/\d/.test(text[k + 1]!))) return true;
    if (c === 0x0a && code(text, k + 1) === 0x0a) return true;
  }
  return false;
}

/**
 * `taking the number of dual-fuel vessels in service to⏎58`, `opened 96 new sales outlets, bringing the
 * total to⏎312`: a bare count a total is brought to counts what `the number of` names, or else what the
 * figure before it in its clause counted (what of it was new left out: the total is not all new).
 */
export function takeTotalNoun(text: string, cand: Candidate, prev: Candidate | undefined): void {
  if (cand.kind !== 'none' || cand.unit !== '' || cand.form.script === 'zh') return;
  // `to` just before, on the line or ending the line above: read by hand, no wrap looked up
  let g = cand.start;
  while (code(text, g - 1) === 0x20) g--;
  if (code(text, g - 1) === 0x0a) g--;
  while (code(text, g - 1) === 0x20) g--;
  if (code(text, g - 1) !== 0x6f || code(text, g - 2) !== 0x74 || isLetterCode(code(text, g - 3))) return;
  const m = TOTAL_TO.exec(textBeforeAcrossWrap(text, cand.start, TOTAL_REACH));
  if (!m) return;
  let noun: string | null = null;
  if (m[1]) noun = pluralHead(m[1]);
  else if (prev && prev.kind === 'noun' && prev.end <= cand.start && !clauseEndBetween(text, prev.end, cand.start)) noun = prev.unit.replace(NEW_BEFORE, '');
  if (!noun) return;
  cand.unit = noun;
  cand.kind = 'noun';
  cand.context.noun = { spaced: true, capitalized: false };
}
/**
 * `94% of the homes we completed were EPC B or above, and 1,864 were fitted with heat pumps`: a bare
 * count standing as a verb's subject, in the clause of a share of something named, counts that thing.
 */
export function takeShareNoun(text: string, cand: Candidate, prev: Candidate | undefined): void {
  if (!prev || prev.kind !== 'percent' || cand.kind !== 'none' || cand.unit !== '' || cand.form.script === 'zh') return;
  if (prev.end > cand.start || cand.start - prev.end > REACH || !SUBJECT_VERBS.has(wordAfter(text, cand.end)?.word ?? '')) return;
  const m = SHARE_OF_NOUN.exec(text.slice(prev.end, prev.end + 40));
  if (!m || !looksPlural(m[1]!.toLowerCase()) || clauseEndBetween(text, prev.end, cand.start)) return;
  cand.unit = m[1]!;
  cand.kind = 'noun';
  cand.context.noun = { spaced: true, capitalized: false };
}
const SUBJECT_VERBS = new Set(['were', 'are', 'was', 'have', 'had']);

/**
 * `1,940 employees self-identify as veterans, 4.0% of the workforce; 2,650, or 5.5%, as people with
 * disabilities`: a bare count opening the clause after a semicolon, its share after it (`, or 5.5%`) as the
 * clause before gave its count's, repeats that clause's shape and elides its counted noun.
 */
export function takeParallelClauseNoun(text: string, cand: Candidate, found: readonly Candidate[]): void {
  if (cand.kind !== 'none' || cand.unit !== '' || cand.form.script === 'zh' || cand.reading.range !== 'none') return;
  if (code(text, cand.end) !== 0x2c || !SHARE_AFTER.test(text.slice(cand.end, cand.end + 16))) return;
  let k = cand.start - 1;
  while (code(text, k) === 0x20 || code(text, k) === 0x0a) k--;
  if (code(text, k) !== 0x3b) return;
  // the clause before: a count of a noun, then its share, nothing else counted
  const share = found[found.length - 1];
  const count = found[found.length - 2];
  if (!share || !count || share.kind !== 'percent' || count.kind !== 'noun' || share.end > k || clauseEndBetween(text, count.end, k)) return;
  if (k - count.end > REACH || !/^[^;.\d]*,\s*$/.test(text.slice(count.end, share.start))) return;
  cand.unit = count.unit;
  cand.kind = 'noun';
  cand.context.noun = { spaced: true, capitalized: false };
}
/**
 * `we ran 1,120 vehicles, 418 of them cash-in-transit vehicles …; 386 were new energy vehicles`: a bare count opening the clause
 * after a semicolon, the subject of `were` or `are` whose complement ends on the noun a count of the sentence before it counted,
 * counts that noun.
 */
export function takeSemicolonSubjectNoun(text: string, cand: Candidate, found: readonly Candidate[]): void {
  if (cand.kind !== 'none' || cand.unit !== '' || cand.form.script === 'zh' || cand.reading.range !== 'none') return;
  let k = cand.start - 1;
  while (code(text, k) === 0x20 || code(text, k) === 0x0a) k--;
  if (code(text, k) !== 0x3b) return;
  const complement = COMPLEMENT_NOUN.exec(text.slice(cand.end, cand.end + 60));
  if (!complement) return;
  const noun = complement[1]!.toLowerCase();
  for (let n = found.length - 1; n >= 0 && k - found[n]!.end <= SEMICOLON_REACH; n--) {
    const f = found[n]!;
    if (clauseEndBetween(text, f.end, k)) return;
    if (f.kind === 'noun' && f.unit.toLowerCase() === noun) {
      cand.unit = f.unit;
      cand.kind = 'noun';
      cand.context.noun = { spaced: true, capitalized: false };
      return;
    }
  }
}
/** ` were new energy⏎vehicles`: the verb, at most three words, then the plural noun ending the complement. */
const COMPLEMENT_NOUN = /^\s+(?:were|are)\s+(?:[a-z][a-z-]*\s+){0,3}?([a-z][a-z-]*s)\b(?=\s*[,.;)]|\s+(?:in|at|by|and)\b)/;
/** How far before the semicolon the counted noun may stand. */
const SEMICOLON_REACH = 160;

/** `, or 5.5%`: a share given after a count, the line wrapped anywhere in it. */
const SHARE_AFTER = /^,\s+or\s+\d[\d.]*%/;
const SHARE_OF_NOUN = /^\s+of\s+(?:the|our|its|their|all)\s+([a-z][a-z-]+)(?![a-z-])/;

const TOTAL_REACH = 100;
const TOTAL_TO =
  /\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|increase|increases|increasing|increased|lift|lifts|lifting|lifted)\s+(?:the|our|its|their)\s+(?:total(?:\s+number)?|number|count|tally)(?:\s+of\s+([a-z][a-z\s-]{2,60}?))?\s+to\s*$/i;
/** What was new of a count, which the total it is brought to is not all. */
const NEW_BEFORE = /^(?:new|additional|more|further|extra)\s+/;

/** The words of `phrase` up to its first plural (`dual-fuel vessels` of `dual-fuel vessels in service`), at most four. */
function pluralHead(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  for (let k = 0; k < Math.min(words.length, 4); k++) if (looksPlural(words[k]!.toLowerCase())) return words.slice(0, k + 1).join(' ');
  return null;
}

const OWN_NOUN = /^\s+of\s+them\s+([a-z]{3,})(?![a-z-])/;

/**
 * A counted noun that is no head: one word, a participle or an adjective of what was counted
 * (`announced`, `unannounced`, `moved`, `self-identified`, `returnable`), or a comparison (`fewer`, `more`).
 */
const NOT_A_HEAD = /^(?:[a-z][a-z-]{1,}[^e]ed|[a-z]{3,}(?:able|ible)|more|fewer|less)$/;

/** The word after the count ends its phrase: punctuation or a lower-case word next (`1,058 announced or`), no name (`2,000 registered "Green Vest" volunteers`). */
function endsPhrase(text: string, end: number): boolean {
  const w = /^\s+[a-z][a-z-]*(\s*)(.)/.exec(text.slice(end, end + 40));
  if (!w) return false;
  const next = w[2]!;
  return /[.,;:)]/.test(next) || (w[1] !== '' && /[a-z]/.test(next));
}

/** `11 (26.2%)`, `24⏎(7.5%)`: a share in brackets right after a count, the line wrapped before it at most. */
const SHARE_IN_BRACKETS_AFTER = /^ ?\n? *\(\d{1,3}(?:\.\d{1,2})?%\)/;

/** `1,384 (23.4%)`: a share in brackets right after the count it is the share of. */
const shareInBrackets = (text: string, count: Candidate, share: Candidate): boolean =>
  share.start - count.end <= 2 && text.slice(count.end, share.start).trim() === '(' && code(text, share.end) === 0x29;

/** `38 vessels (FY2022: 41)`, `0.38 t CO2/MWh (2022: 0.43)`: an earlier period's value in the brackets after the figure it is of, its noun at most between. */
const earlierPeriodOf = (text: string, cand: Candidate, prev: Candidate): boolean =>
  cand.start - prev.end <= EARLIER_REACH && closesBracket(text, cand.end) && priorPeriodValue(text, cand) && EARLIER_PERIOD_AFTER.test(text.slice(prev.end, cand.start).replace(YEAR, 'year'));
/**
 * A page in columns: the earlier period's value opens a cell (`(2019: 11.4)`, a column's gap or the line's start
 * before it) at the column the figure before it starts at, a few lines under it, with no figure between.
 */
function earlierPeriodInColumn(text: string, cand: Candidate, prev: Candidate): boolean {
  if (!closesBracket(text, cand.end) || !priorPeriodValue(text, cand)) return false;
  const open = lastCodeAfter(text, 0x28, cand.start, cand.start - 17);
  if (open < 0) return false;
  // a line break between the figure and the bracket, and the figure at the bracket's column on its own line
  const nl = lastCodeAfter(text, 0x0a, open, prev.start);
  if (nl < 0) return false;
  const ls = nl + 1;
  const ps = lineStartWithin(text, prev.start, open - ls);
  if (ps < 0 || open - ls !== prev.start - ps || (open > ls && (code(text, open - 1) !== 0x20 || (open - ls > 1 && code(text, open - 2) !== 0x20)))) return false;
  let lines = 0;
  for (let k = text.indexOf('\n', prev.end); k >= 0 && k < ls; k = text.indexOf('\n', k + 1)) lines++;
  return lines <= COLUMN_LINES;
}
/** Lines a KPI page's column may hold between a figure and its earlier period's value: its unit and label. */
const COLUMN_LINES = 4;

/** `11,284 homes in 2023 (2022: 14,906)`: the figure's own year may stand between it and the bracket. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A closing bracket right after the figure, one space between at most: tested before anything is sliced. */
const closesBracket = (text: string, end: number): boolean => {
  const c = code(text, end) === 0x20 ? code(text, end + 1) : code(text, end);
  return c === 0x29;
};
const EARLIER_REACH = 64;
/** The figure's label may stand on the line under it, the figure ending its own line (`58.4 kg CO2e/boe⏎oil sands emissions intensity (2022: 60.9)`). */
const EARLIER_PERIOD_AFTER = /^\n?[^()（）\d.;。；\n]{0,40}[(（][^()（）]{0,24}[:：]\s*$/;

/**
 * `14,500 of them now use the app and 6,800 have access to credit`: a bare count after `and`, the
 * subject of its verb, is a second part of the set the part before it (`of them`) was of.
 */
function parallelPart(text: string, cand: Candidate, prev: Candidate): boolean {
  // `and ` just before, read by its characters first: most bare counts follow none
  let k = cand.start - 1;
  if (code(text, k) !== 0x20) return false;
  while (code(text, k) === 0x20) k--;
  if (code(text, k) !== 0x64 || code(text, k - 1) !== 0x6e || code(text, k - 2) !== 0x61 || isLetterCode(code(text, k - 3))) return false;
  return partOfSet(text, prev) && PART_SUBJECT_VERBS.has(wordAfter(text, cand.end)?.word ?? '');
}
/**
 * `help 5 million people by 2025 and 10 million by 2030`: a bare count after `by <year> and`, itself before
 * `by <year>`, is the later target of what the count before it counted.
 */
function parallelTarget(text: string, cand: Candidate, prev: Candidate): boolean {
  if (cand.start - prev.end > 48 || code(text, cand.end) !== 0x20 || code(text, cand.end + 1) !== 0x62) return false;
  return TARGET_AND.test(text.slice(prev.end, cand.start)) && TARGET_AFTER.test(text.slice(cand.end, cand.end + 9));
}
const TARGET_AND = /^(?: [a-z][a-z-]*){0,3} by (?:19|20)\d\d,? and $/;
const TARGET_AFTER = /^ by (?:19|20)\d\d(?!\d)/;
const PART_SUBJECT_VERBS = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'use', 'used', 'now']);

/** `flat on FY24's`, `compared with last year's`, `against`, `versus`: what an earlier value is compared by, its period between. */
const COMPARED_WITH = /\b(?:flat\s+on|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:FY\s?)?\d{2,4}(?:[/-]\d{2})?['’]s\s+|(?:the\s+)?(?:prior|previous|last)\s+year['’]s\s+)?$/i;
const COMPARED_REACH = 40;

/** `six of them`, `of which 9.6 million`, `of whom 5,300`, `another 140 million`, `including 1,046 in`, `down from 2.97`, `restated from 9.4`, `flat on FY24's 1,482 million`, `1,100 more than`. */
function refersBack(text: string, cand: Candidate): boolean {
  const after = text.slice(cand.end, cand.end + 16);
  if (/^\s+(?:of\s+(?:them|whom|which)\b|(?:more|fewer|less)\s+than\b)/.test(after)) return true;
  const before = text.slice(Math.max(0, cand.start - 15), cand.start);
  if (/\b(?:of\s+(?:which|whom)|another|including|(?:down|up|restated|revised)\s+from)\s+$/.test(before)) return true;
  // `1,470–1,500 million kgMS, broadly flat on FY24's⏎1,482 million`: the earlier value compared with, no year
  if (COMPARED_WITH.test(text.slice(Math.max(0, cand.start - COMPARED_REACH), cand.start)) && !YEAR_ALONE.test(text.slice(cand.start, cand.end))) return true;
  // a KPI page's cell whose label below in its column opens `of them` (`84⏎⏎of them certified`)
  return partLabelBelow(text, cand.numStart, cand.numEnd);
}
