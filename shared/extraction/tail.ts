import type { Qualifier } from '../domain/figure';
import type { Candidate, NumberRead } from './candidate';
import { codeAt as code, isCjkCode, isDigitCode, isLetterCode } from './normalize';
import { enScaleAt, zhScaleBeforeUnit } from './scales';
import { ZH_UNIT_TABLE } from './units';
import { QUALIFIER_PREFIX, QUALIFIER_SUFFIX, boundOfResult, hyphenatedQualifier, opensDiverseWord, overAsParticle, overAsPreposition, qualifierBeforeWords, rateOfNounAfter, symbolQualifier, underAsPreposition } from './qualifiers';
import { skipGap, skipGapBack, lastGapNewlines } from './gaps';
import { atLineStart } from './context';
import { zhCountedNoun } from './zh-nouns';
import { englishNoun, unitAfter } from './unit-after';
import { looksPlural } from './en-nouns';
import { labelLineBelow, qualifierLineBelow } from './infographic';
import { fromSurroundings } from './surroundings';
import { breakInUnit, englishWrapAcrossBlank, unitAcrossWrap, wrappedProseBreak } from './line-wrap';
import type { OrphanScales } from './orphan-scale';
import type { TableHeaders } from './table-header';

// The tail every grammar shares: after the number, its unit or counted noun (unit-after.ts), a
// per-unit suffix (`元/月`), a trailing qualifier (`以上`, `+`); before it, a leading qualifier
// (`超过`, `nearly`, across a wrapped line too); then, for a number still bare, what its
// surroundings state (surroundings.ts: a table's unit and scale, a field's label, a scale word
// standing in another column).

/** The candidate for a number a grammar read: unit, qualifiers and surroundings added. */
export function finishFigure(text: string, read: NumberRead, orphans: OrphanScales, tables: TableHeaders): Candidate {
  // every field written, in one order: one object shape for the noise rules' hot path
  const cand: Candidate = {
    start: read.start,
    end: read.end,
    numStart: read.numStart,
    numEnd: read.numEnd,
    value: read.value,
    valueMax: read.valueMax,
    unit: read.unit,
    kind: read.kind,
    qualifier: 'exact',
    form: read.form,
    reading: read.reading,
    context: { noun: null, threshold: false, tableCell: false },
    scanEnd: read.end,
  };
  let p = read.end;
  let qual = read.qualifier;
  if (cand.kind === 'percent' && percentHeaderAfterGap(text, read.numEnd, read.end)) {
    // `Total 2022<TAB>% change`: the next column's header, not this number's percent sign
    cand.unit = '';
    cand.kind = 'none';
    cand.end = p = read.numEnd;
  } else if (cand.kind === 'none' || cand.kind === 'currency') p = applyUnit(text, cand, p);
  // (unitAcrossWrap reads only a line break at `p`, or one a few Chinese characters after a bare
  // number (`920 小⏎⏎时`, its `小` first read as a counted noun; `6.21个百⏎分点`, its `个` as a measure
  // word): most numbers skip it unread)
  const unitStart = skipGap(text, read.end, 0);
  const lineBreak = code(text, p) === 0x0a ? p : (cand.kind === 'none' || cand.kind === 'noun' || cand.kind === 'count') && isCjkCode(code(text, unitStart)) ? breakInUnit(text, unitStart) : -1;
  const wrapped = cand.reading.currency || lineBreak < 0 ? null : unitAcrossWrap(text, cand.start, unitStart, lineBreak);
  if (wrapped) {
    cand.unit = wrapped.unit.unit;
    cand.kind = wrapped.unit.kind;
    cand.context.noun = null;
    p = wrapped.end;
  }
  // per-unit: 元/月, kWh/m2
  if ((cand.kind === 'currency' || cand.kind === 'measure') && code(text, p) === 0x2f) {
    const c = code(text, p + 1);
    if (isCjkCode(c)) p = rateBaseEnd(text, p + 1);
    else if (isLetterCode(c)) {
      let j = p + 1;
      while (isLetterCode(code(text, j)) || isDigitCode(code(text, j))) j++;
      if (j - p <= 6) p = j;
    }
  }
  // trailing qualifiers
  const g = skipGap(text, p, 0);
  const suf = code(text, p) === 0x2b ? { end: p + 1, value: 'over' as const } : opensDiverseWord(text, g) ? null : QUALIFIER_SUFFIX.matchForward(text, g);
  // a plus glued to a number after it is that number's sign (`28.0\t+66.1%`), not `100+`
  const signOfNext = suf !== null && code(text, suf.end - 1) === 0x2b && isDigitCode(code(text, suf.end));
  if (suf && !signOfNext && !wordsOfNextFigure(text, suf.end) && !(suf.value === 'over' && (code(text, g) === 0x591a || code(text, g) === 0x4f59) && cand.kind === 'none')) {
    if (suf.value !== 'threshold') qual ??= suf.value;
    else {
      const bound = boundOfResult(text, cand.start, g);
      if (bound) qual ??= bound;
      else cand.context.threshold = true;
    }
    if (suf.end - g <= 2 && !isLetterCode(code(text, g))) p = Math.max(p, g === p ? suf.end : p);
    // `4000+ employees`, `4000+ 员工`, `40+ years old`: the counted noun or unit after the plus
    if (cand.kind === 'none' && !cand.reading.currency && p === suf.end && code(text, p - 1) === 0x2b) p = applyUnit(text, cand, p);
    // `3,000-plus village stores`: likewise after a hyphenated plus
    else if (cand.kind === 'none' && !cand.reading.currency && g === p && code(text, g) === 0x2d && suf.end - g === 5) p = applyUnit(text, cand, suf.end);
  }
  qual ??= qualifierAfterNoun(text, cand, p);
  cand.end = Math.max(cand.end, p);
  const below = qual === null ? qualifierLineBelow(text, cand.start, cand.end) : null;
  if (below) {
    qual = below.qualifier;
    if (below.unit && cand.kind === 'none') {
      cand.unit = below.unit.unit;
      cand.kind = below.unit.kind;
    }
  }
  cand.scanEnd = Math.max(cand.scanEnd, cand.end);
  // leading qualifier
  const pre =
    symbolQualifier(text, cand.start) ?? prefixQualifier(text, cand) ?? hyphenatedQualifier(text, cand.start) ?? (qual === null && !rateOfNounAfter(text, cand.end) ? qualifierBeforeWords(text, cand.start, cand.kind) : null);
  if (pre && !(cand.kind === 'noun' && underAsPreposition(pre, cand.unit)) && !overAsPreposition(text, cand.start, pre, cand.unit) && !overAsParticle(text, cand.start, pre)) qual = pre;
  cand.qualifier = qual ?? 'exact';
  if (cand.reading.vague && cand.qualifier === 'exact') cand.qualifier = 'over';
  // `最高一笔 5.3 万，最低 800 元`: a pair's unit stated once, after its second value
  if (cand.kind === 'none' && cand.reading.scaled && ZH_BIG_SCALES.has(code(text, cand.end - 1))) unitOfPairAfter(text, cand);
  // a bare number's scale and unit, and a currency cell's scale, from where it stands
  const bare = cand.value;
  if (cand.kind === 'none' || cand.kind === 'currency') fromSurroundings(text, cand, orphans, tables);
  // a highlights tile's label on the line below, its noun in lower case (`650,000+⏎⏎people`), where
  // nothing around the figure gave it a scale or a unit
  if (cand.kind === 'none' && cand.value === bare && !cand.reading.currency && cand.form.script !== 'zh') tileLabelNoun(text, cand);
  return cand;
}

/** The counted noun of a tile's label below a bare figure: a plural head, read as prose reads one. */
function tileLabelNoun(text: string, cand: Candidate): void {
  const at = labelLineBelow(text, cand.start, cand.end);
  const noun = at >= 0 ? englishNoun(text, at) : null;
  if (!noun || !looksPlural(noun.text.slice(noun.text.lastIndexOf(' ') + 1).toLowerCase())) return;
  cand.unit = noun.text;
  cand.kind = 'noun';
  cand.context.noun = { spaced: true, capitalized: false };
}

/** The unit or counted noun after a number without one (or after a currency); returns the new end. */
function applyUnit(text: string, cand: Candidate, p: number): number {
  const u = unitAfter(text, cand, p);
  if (!u) return p;
  // `两大类型`, `三大类别`: N大X counting 类型, not the measure word 大类 (`两大类` stays one)
  if (u.unit.unit === '大类' && CATEGORY_TAIL.has(code(text, u.end))) {
    cand.unit = zhCountedNoun(text, u.end - 1, 6) || '大';
    cand.kind = 'count';
    return u.end - 1;
  }
  if (u.unit.kind === 'tenth') {
    if (cand.value <= 10 && !cand.reading.scaled && (!chengVerb(text, u.end) || shareQualifiedBefore(text, cand.start))) {
      cand.value *= 10;
      if (cand.valueMax !== undefined) cand.valueMax *= 10;
      cand.unit = '%';
      cand.kind = 'percent';
      p = u.end;
      // `偏少约一成五`: a digit after 成 says the hundredths (15 %)
      const extra = cand.valueMax === undefined ? hundredthsAfterCheng(text, p) : 0;
      if (extra > 0) {
        cand.value += extra;
        p++;
      }
    }
  } else if (u.noun) {
    // a currency stays the unit: `¥ 15,000,000,000 免除押金` counts yuan, not 免除押金
    if (!cand.reading.currency) {
      cand.unit = u.unit.unit;
      cand.kind = 'noun';
      cand.context.noun = { spaced: u.spaced, capitalized: u.capitalized };
    }
  } else if (!(cand.reading.currency && u.unit.kind !== 'currency' && u.unit.kind !== 'count' && u.unit.kind !== 'measure')) {
    // `新台幣3.2億元`, `港币500元`: 元 after a named currency is that currency's yuan, not the renminbi
    const genericYuan = cand.reading.currency && cand.unit !== '' && u.unit.unit === 'CNY' && code(text, u.end - 1) === 0x5143 && u.end - skipGap(text, p, 0) === 1;
    if (!(cand.reading.currency && u.unit.kind === 'count') && !genericYuan) {
      cand.unit = u.unit.unit;
      cand.kind = u.unit.kind;
    }
    p = u.end;
    // tables and financial statements put the scale after the currency: `4.0 RMB billion`
    const scale = u.unit.kind === 'currency' && !cand.reading.scaled ? enScaleAt(text, skipGap(text, p, 0)) : null;
    if (scale) {
      cand.value *= scale.factor;
      if (cand.valueMax !== undefined) cand.valueMax *= scale.factor;
      cand.reading.scaled = true;
      p = scale.end;
    }
  }
  if (u.unit.kind === 'big') {
    // 六大安全能力: the counted noun follows 大
    const noun = zhCountedNoun(text, p, 6);
    cand.unit = noun || '大';
    cand.kind = 'count';
  }
  return p;
}

/**
 * A percent sign a column gap (a tab, two spaces or more) parts from the number, a word or a year after it
 * (`Total 2022⇥% change`, `2023    % of total`, `2023    % 2023/2022`, the change between the years): a header
 * cell of its own. Tested from the sign back, so a number whose percent sign is glued to it costs one look.
 */
function percentHeaderAfterGap(text: string, numEnd: number, end: number): boolean {
  if (end - numEnd < 2 || code(text, end - 1) !== 0x25 || code(text, end) !== 0x20 || !(isLetterCode(code(text, end + 1)) || YEAR_AT.test(text.slice(end + 1, end + 6)))) return false;
  const gap = text.slice(numEnd, end - 1);
  return gap.includes('\t') || /^[ \u3000]{2,}$/.test(gap);
}

/** A year opening a header cell (`2023/2022`), no digit after it. */
const YEAR_AT = /^(?:19|20)\d{2}(?!\d)/;

const ZH_BIG_SCALES = new Set([0x4e07, 0x4ebf, 0x842c, 0x5104]);

/**
 * A bare amount in 万 or 亿 whose clause's other end, after a comma, states the unit once for both
 * (`最高一笔 5.3 万，最低 800 元`, `多则3万，少则5000元`): it takes that unit.
 */
function unitOfPairAfter(text: string, cand: Candidate): void {
  const m = PAIR_AFTER.exec(text.slice(cand.end, cand.end + 24));
  if (!m) return;
  const u = ZH_UNIT_TABLE.matchForward(text, cand.end + m[0].length);
  if (!u || (u.value.kind !== 'currency' && u.value.kind !== 'measure' && u.value.kind !== 'count')) return;
  cand.unit = u.value.unit;
  cand.kind = u.value.kind;
}
const PAIR_AFTER = /^\s*[，,、]\s*(?:最低|最少|最小|最高|最多|最大|少则|多则|低至|高至|少的|多的)[^，,。；;\d]{0,4}?\s*\d[\d,.]*\s*[万亿萬億千百]?\s*/;

/** 型 and 别 after 大类: the noun is 类型 or 类别. */
const CATEGORY_TAIL = new Set([0x578b, 0x522b]);

/** `吨/百万元`, `元/月`, `千克/人`: the end of a rate's Chinese base at `i`, its scale and unit whole, else its one character. */
function rateBaseEnd(text: string, i: number): number {
  const scale = zhScaleBeforeUnit(text, i);
  const at = scale ? scale.end : i;
  const unit = ZH_UNIT_TABLE.matchForward(text, at);
  // (a currency is a base of its own: `吨标准煤/万元上升7.9%` is no thing 元上 measured in 升)
  const base = (unit?.value.kind === 'measure' || unit?.value.kind === 'currency' ? null : unitAfterThing(text, at)) ?? unit;
  if (base) return base.end;
  return scale ? scale.end : i + 1;
}

/** `百车公里`, `万座公里`: a measure of a thing, the thing said first in one or two characters (a count word's `座` too), then the unit. */
function unitAfterThing(text: string, at: number): { end: number } | null {
  for (let k = 1; k <= 2 && isCjkCode(code(text, at + k - 1)); k++) {
    const unit = ZH_UNIT_TABLE.matchForward(text, at + k);
    if (unit && unit.value.kind === 'measure') return unit;
  }
  return null;
}

/** `up 8.2% and above RMB1.1 billion`: words a figure follows (a currency's letters or sign aside) qualify it, not the one before. */
const wordsOfNextFigure = (text: string, end: number): boolean => isLetterCode(code(text, end - 1)) && NEXT_FIGURE.test(text.slice(end, end + 8));

const NEXT_FIGURE = /^\s+(?:[A-Z]{1,3}\$?|[$€£¥₹])?\s?\d/;

/** `1,300 farms or more`, `200 stores or so`: a qualifier in words after the counted noun (a threshold's `or fewer` is not read here). */
function qualifierAfterNoun(text: string, cand: Candidate, p: number): Qualifier | null {
  if (cand.kind !== 'noun' || cand.context.noun === null) return null;
  const at = skipGap(text, p, 0);
  if (!text.startsWith(cand.unit, at)) return null;
  const after = QUALIFIER_SUFFIX.matchForward(text, skipGap(text, at + cand.unit.length, 0));
  return after && (after.value === 'over' || after.value === 'about') && isLetterCode(code(text, after.end - 1)) ? after.value : null;
}

/**
 * The digit right after a 成 (`一成五`, `两成3`) as the share's hundredths, else 0: one numeral from one to
 * nine that no other numeral, scale, letter or unit follows (`一成五万元` is no share of 15 %).
 */
function hundredthsAfterCheng(text: string, i: number): number {
  const d = i < text.length ? CHENG_DIGITS.indexOf(text[i]!) : -1;
  if (d < 0) return 0;
  const next = code(text, i + 1);
  if (isDigitCode(next) || isLetterCode(next) || CHENG_DIGITS.includes(text[i + 1] ?? '\0') || '十百千万亿零〇两'.includes(text[i + 1] ?? '\0')) return 0;
  return ZH_UNIT_TABLE.matchForward(text, i + 1) ? 0 : (d % 9) + 1;
}
/** One to nine as numerals, then as digits: a digit's value is its place in either run plus one. */
const CHENG_DIGITS = '一二三四五六七八九123456789';

const CHENG_VERBS = new Set(Array.from('为立功本果长员就交熟效型', (c) => c.charCodeAt(0)));
const chengVerb = (text: string, i: number): boolean => CHENG_VERBS.has(code(text, i));
/** 近, 逾, 超, 约, 过 right before a numeral: `近五成为女性`, `逾三成员工` are shares, not `成为`, `成员`. */
const SHARE_QUALIFIERS = new Set(Array.from('近逾超约过', (c) => c.charCodeAt(0)));
const shareQualifiedBefore = (text: string, start: number): boolean => SHARE_QUALIFIERS.has(code(text, start - 1));

/** `and` or `or` just before a qualifier: it ends a band (`… and below`, `… or more`), not a bound of what follows. */
const BAND_JOINER = /\b(?:and|or)\s+$/i;
/** A gap between a table's cells on one line: a tab, or two spaces or more, and no line break (`or around⏎   3,600 tonnes` is wrapped prose). */
const COLUMN_GAP = /^[^\n]*(?:\t| {2,})[^\n]*$/;

function prefixQualifier(text: string, cand: Candidate): Qualifier | null {
  const start = cand.start;
  const g = skipGapBack(text, start, 2);
  const gNewlines = lastGapNewlines();
  // a phrase may itself wrap (`more⏎than 10 million`)
  const m = QUALIFIER_PREFIX.matchBackward(text, g, { innerSpaces: true, newlines: true });
  if (!m) return null;
  // a band's row label across a table's column gap (`College and below      29,928`, `Grade 5 and above\t412`) bounds the band, not the cell
  if (BAND_JOINER.test(text.slice(Math.max(0, m.end - 5), m.end)) && COLUMN_GAP.test(text.slice(g, start))) return null;
  // across a blank line only a qualifier standing alone ("Over\n\n600"), or a Chinese one ending a
  // line of prose wrapped with blank lines between ("至少有 … 只有不到\n\n15% 的人群"; an English
  // line's last word may be another column's: "home decreased at least\n\n600 million users", so
  // only where the figure's line goes on with the sentence: line-wrap.ts's englishWrapAcrossBlank);
  // across one line break also the last word of a line of wrapped prose ("Credit score is over\n700.")
  const zhAcrossBlank = atLineStart(text, start) && isCjkCode(code(text, m.end));
  const enAcrossBlank = gNewlines > 1 && !zhAcrossBlank && englishWrapAcrossBlank(text, m.end, start, cand.end, cand.kind === 'noun' ? cand.unit : '');
  const wrapped = enAcrossBlank || ((gNewlines === 1 || zhAcrossBlank) && wrappedProseBreak(text, m.end, g));
  if (gNewlines > 0 && !atLineStart(text, m.end) && !wrapped) return null;
  return m.value;
}
