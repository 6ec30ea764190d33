import type { NumberRead } from './candidate';
import { NORM, codeAt as code, isCjkCode, isDigitCode, isLetterCode, isNewlineCode } from './normalize';
import { EN_CODE_WORDS } from './noise-words';
import { numberWordAt } from './english-number-words';
import { lowerWordAt } from './context';
import { ZH_UNIT_TABLE, EN_UNIT_TABLE, EN_GLUED_ONLY } from './units';
import type { Unit } from './units';
import { skipGap, lastGapNewlines } from './gaps';
import { englishNounAcrossBlank, skipGapAcrossWrap } from './line-wrap';
import { labelBelowInColumn, leftOfColumnFigure } from './column-label';
import { atLineEnd, columnGapBefore, endsLabelCell, endsZhLabelCell, wordBefore } from './context';
import { zhCountedNoun, zhNounAfterDe } from './zh-nouns';
import { enCountedNoun, enPartitiveNoun, captionNoun } from './en-nouns';
import type { EnNoun } from './en-nouns';
import { columnContinuation, letterSpacedAt } from './en-noun-tokens';
import { afterFieldColon } from './field-value';
import { lineEndWithin, lineStartWithin } from './lines';
import { spacedHeadline } from './digits';

// What follows a number and says what it counts or measures: a unit from the tables (`万吨`,
// `tCO2e`, `yuan`), a measure word alone on the next line, or a counted noun (`户`, `users`,
// `Alipay Ant Forest users`). Used by the shared tail for every script.

export interface UnitHit {
  unit: Unit;
  end: number;
  /** A counted noun outside the unit tables (the span does not take it in). */
  noun: boolean;
  spaced: boolean;
  capitalized: boolean;
}

/** The unit or counted noun after `p`, the end of the number read so far. */
const TCO2E: Unit = { unit: 'tCO2e', kind: 'measure' };
const CO2E_IN_BRACKETS = /^[（(]\s*(?:二氧化碳当量|二氧化碳當量|CO2e|CO₂e|CO2-e)\s*[）)]/;

/** The end of a bracketed `（二氧化碳当量）` at `i`, or -1. */
function co2eInBrackets(text: string, i: number): number {
  const m = CO2E_IN_BRACKETS.exec(text.slice(i, i + 16));
  return m ? i + m[0].length : -1;
}

/** Names of an amount of money right before its number, a qualifier between at most (`交易金额超过`). */
const YUAN_NAMED_BEFORE = /(?:金额|总额|交易额|成交额|销售额|营业额|交易总计|交易总额|营业收入|营收|净利润|善款|捐款)\s*(?:[为达约近超过逾了共计]{1,3})?\s*$/;
const YUAN = ZH_UNIT_TABLE.matchForward('元', 0)!.value;
/** Nouns that name a sum of money (`贷款`, `捐款`, `资金`, `奖金`, `补贴`). */
const MONEY_NOUN = /(?:[贷存捐善欠赔货筹]款|[资奖基现租]金|补贴|补助|经费)$/;

/** `up 3 percentage⏎points`, `3 per⏎cent`: a unit of words that a line break parts once (a wrap, no blank line). */
function unitWrappedOnce(text: string, q: number): ReturnType<typeof EN_UNIT_TABLE.matchForward> {
  const m = EN_UNIT_TABLE.matchForward(text, q, { newlines: true });
  if (!m) return null;
  let breaks = 0;
  for (let k = q; k < m.end; k++) if (code(text, k) === 0x0a) breaks++;
  return breaks === 1 ? m : null;
}

/** How far past a unit read on its line the line may end for a longer unit to go on past the wrap (` of⏎CO2e`). */
const WRAP_REACH = 8;
/** Whether a word stands between `from` and a line's end within WRAP_REACH (` of⏎`), so a phrase may go on past the wrap. */
function wordsToLineEnd(text: string, from: number): boolean {
  let word = false;
  for (let k = from; k < Math.min(text.length, from + WRAP_REACH); k++) {
    const c = code(text, k);
    if (c === 0x0a) return word;
    if (isLetterCode(c)) word = true;
  }
  return false;
}

/** Running prose before `i` on its line (two words of small letters in a row): a sentence a wrap goes on with. */
const PROSE = /[a-z]{2,}\s+[a-z]{2,}\s*$/;
function proseBefore(text: string, i: number): boolean {
  const start = lineStartWithin(text, i, 120);
  return start >= 0 && PROSE.test(text.slice(start, i));
}

export function unitAfter(text: string, cand: NumberRead, p: number): UnitHit | null {
  // `为广西柳州 30⏎⏎个家庭`: a wrapped line of Chinese prose puts the measure word on the next line
  const g = skipGapAcrossWrap(text, cand.numStart, p);
  let q = g;
  const spaced = q > p;
  // `Scope 1⇥tCO2e⇥12.5`, `Site 2   MWh`: a number ending a label cell is the label's; the unit in
  // the next cell is the row's
  if (spaced && columnGapBefore(text, g) > 0 && (endsLabelCell(text, cand.start) || endsZhLabelCell(text, cand.start, cand.numEnd))) return null;
  // a letter-spaced headline figure (`6 8 0          hectares, bringing…`): what stands past a column gap on
  // its line is another column's; its own label is below it
  if (spaced && g - p >= 3 && code(text, p) === 0x20 && code(text, g - 1) === 0x20 && spacedHeadline(text, cand.numStart, cand.numEnd)) return labelBelow(text, cand, p);
  let zh = ZH_UNIT_TABLE.matchForward(text, q, { innerSpaces: true });
  if (!zh && g < text.length && isNewlineCode(code(text, g))) {
    // "73 万\n\n人", "52.7\n分 钟": a measure word alone at the start of the next line
    const g2 = skipGap(text, p, 2);
    const m = ZH_UNIT_TABLE.matchForward(text, g2, { innerSpaces: true });
    if (m && (m.value.kind === 'count' || m.value.kind === 'duration' || m.value.kind === 'measure' || m.value.kind === 'currency') && atLineEnd(text, m.end)) {
      zh = m;
      q = g2;
    }
  }
  if (zh) {
    // `53.4 万吨（二氧化碳当量）`: the gas the tonnes are of, in brackets after them
    const gasEnd = zh.value.unit === 't' && (code(text, zh.end) === 0xff08 || code(text, zh.end) === 0x28) ? co2eInBrackets(text, zh.end) : -1;
    if (gasEnd > 0) return { unit: TCO2E, end: gasEnd, noun: false, spaced, capitalized: false };
    return { unit: zh.value, end: zh.end, noun: false, spaced, capitalized: false };
  }
  const c = code(text, q);
  // `620 M€`: the euro after the number (and its scale), as French and German text writes it
  if (isLetterCode(c) || c === 0x27 || c === 0x2019 || c === 0xb0 || c === 0x2103 || c === 0x2d || c === 0x20ac) {
    // letter-spaced PDF text (`2 0,0 0 0  y u a n`, `200 t i m e s`)
    const flat = EN_UNIT_TABLE.matchForward(text, q, { newlines: false, innerSpaces: letterSpacedAt(text, q) });
    // `6.12 million tonnes of⏎CO2e`: a longer unit that a wrap parts once beats the part of it on this
    // line, when words of it go on to the line's end (`8.80 Mt⏎CO2 from jet fuel` is a label below)
    // (and in running prose a unit ending the line goes on past the wrap too: `were 805 kg⏎CO2e (2023: …)`)
    const wrapped = flat === null || wordsToLineEnd(text, flat.end) || (atLineEnd(text, flat.end) && proseBefore(text, cand.start)) ? unitWrappedOnce(text, q) : null;
    const read = wrapped !== null && (flat === null || wrapped.end > flat.end) ? wrapped : flat;
    // `under 36 years⏎old`: an age a wrapped line splits
    const age = read?.value.kind === 'year' ? EN_UNIT_TABLE.matchForward(text, q, { newlines: true }) : null;
    const en = age?.value.kind === 'age' ? age : read;
    if (en && (!spaced || !EN_GLUED_ONLY.has(lowerSlice(text, q, en.end)) || tonnesEndingCell(text, q, en.end) || gramsPer(text, q, en.end))) {
      return { unit: en.value, end: en.end, noun: false, spaced, capitalized: false };
    }
  }
  // `+3 h` ending a table's cell: hours, which a spaced `h` elsewhere is not taken for
  if (spaced && (c | 0x20) === 0x68 && !isLetterCode(code(text, q + 1)) && endsCell(text, q + 1)) return { unit: HOURS, end: q + 1, noun: false, spaced, capitalized: false };
  // `涉案金额 35.57 亿`, `交易总计 7.976 万亿`: an amount of money named just before a scaled number, 元 left unwritten
  if (cand.reading.scaled && !isCjkCode(c) && YUAN_NAMED_BEFORE.test(text.slice(Math.max(0, cand.start - 12), cand.start))) {
    return { unit: YUAN, end: p, noun: false, spaced: false, capitalized: false };
  }
  // counted noun
  // a table cell's neighbour across a column gap (`-23,415.67      不适用`) is the next cell, not its noun
  if (isCjkCode(c) && !(columnGapBefore(text, q) > 0 && columnGapBefore(text, cand.start) > 0)) {
    const noun = zhCountedNoun(text, q, 8) || (cand.reading.scaled ? zhNounAfterDe(text, q, cand.numStart) : '');
    // `再申请 10 万贷款`: a sum of money named by what it is, counted in yuan
    if (noun && cand.reading.scaled && MONEY_NOUN.test(noun)) return { unit: YUAN, end: p, noun: false, spaced: false, capitalized: false };
    if (noun) return { unit: { unit: noun, kind: 'count' }, end: q, noun: true, spaced, capitalized: false };
  }
  // a page in columns side by side: the label under a figure, in its column (column-label.ts)
  const labelled = labelBelow(text, cand, p);
  if (labelled) return labelled;
  let g1 = skipGap(text, p, 1);
  const g1Newlines = lastGapNewlines();
  // prose in columns side by side: the sentence goes on under its own column (en-noun-tokens.ts)
  if (isLetterCode(code(text, g1)) && (g1Newlines === 1 || g1 - p >= 3) && cand.form.script !== 'zh') {
    const column = columnContinuation(text, p);
    if (column.inColumns) g1 = column.next < 0 ? p : column.next;
  }
  if (g1Newlines > 0 && isLetterCode(code(text, g1)) && !leftOfColumnFigure(text, cand.numStart, g1)) {
    const en = EN_UNIT_TABLE.matchForward(text, g1);
    if (en && !EN_GLUED_ONLY.has(lowerSlice(text, g1, en.end))) return { unit: en.value, end: en.end, noun: false, spaced: true, capitalized: false };
  }
  if (cand.reading.vague && lowerWordAt(text, g1, 3) === 'of') {
    // "hundreds of thousands of yuan", "dozens of kilometers": a unit, the span unchanged
    const g2 = skipGap(text, g1 + 2, 1);
    const en = g2 > g1 + 2 ? EN_UNIT_TABLE.matchForward(text, g2) : null;
    if (en && !EN_GLUED_ONLY.has(lowerSlice(text, g2, en.end)) && (en.value.kind === 'currency' || en.value.kind === 'measure')) {
      return { unit: en.value, end: p, noun: false, spaced: true, capitalized: false };
    }
  }
  // in a table row (`Mobile internet users\t897\tmillion`, its cells apart by tabs or by runs of
  // spaces) the next line is the next row, not the noun
  // (letter-spaced text, `w i t h  3 8 0⏎services`, puts two spaces between its words)
  // a field's value after its colon (`… (metric tons CO2e): 48,213⏎Start date: …`) ends its line too,
  // unless a small letter goes on with the sentence (`Service sectors: 8⏎industries including …`)
  // a column of values one a line (`12,806⏎11,437`) and a code on the next line (`42, 94⏎GRI 305: …`)
  // end theirs too: what follows is a row's label or a heading
  const nextRow =
    g1Newlines > 0 &&
    (tabBefore(text, cand.start) ||
      (columnGapBefore(text, cand.start) > 0 && !letterSpacedNumber(text, cand)) ||
      (afterFieldColon(text, cand.start) && !isLowerAt(text, g1)) ||
      inValueColumn(text, cand.start, p) ||
      leftOfColumnFigure(text, cand.numStart, g1) ||
      codeOpensLine(text, g1));
  if (isLetterCode(code(text, g1)) && (g1 > p || cand.form.script !== 'arabic') && !nextRow) {
    const noun = englishNoun(text, g1) ?? enPartitiveNoun(text, g1, cand.reading.vague, (k) => numberWordAt(text, k) !== null) ?? predicateNoun(text, cand.start, g1);
    if (noun) {
      // a caption of its own line (`20 Million User`) reads as running text (`users`)
      const caption = noun.titleCase && atLineEnd(text, noun.end) && !lowercaseWordBefore(text, cand.start);
      const unit = caption ? captionNoun(noun.text, cand.value) : noun.text;
      return { unit: { unit, kind: 'count' }, end: g1, noun: true, spaced: true, capitalized: noun.capitalized };
    }
  }
  // `an average of two⏎⏎loans every day`: a blank line a PDF put inside the sentence
  const across = isNewlineCode(code(text, g1)) ? englishNounAcrossBlank(text, cand.start, p) : -1;
  const noun = across >= 0 ? englishNoun(text, across) : null;
  return noun ? { unit: { unit: noun.text, kind: 'count' }, end: across, noun: true, spaced: true, capitalized: noun.capitalized } : null;
}

const RELATIVE_OF = new Set(['whom', 'which', 'them', 'these', 'those']);

/**
 * `of whom 9,400 are apprentices`, `of which 12 were hospitals`: a part of a whole just named,
 * whose noun stands after the verb.
 */
function predicateNoun(text: string, start: number, i: number): EnNoun | null {
  const rel = wordBefore(text, start);
  if (!rel || !RELATIVE_OF.has(rel.word) || wordBefore(text, rel.start)?.word !== 'of') return null;
  const verb = lowerWordAt(text, i, 5);
  if (verb !== 'are' && verb !== 'were') return null;
  return englishNoun(text, skipGap(text, i + verb.length, 0));
}

/** `c.4,200 t⇥640 t`: a spaced `t` that ends a table's cell can be nothing but tonnes. */
function tonnesEndingCell(text: string, s: number, e: number): boolean {
  const after = code(text, e);
  return e === s + 1 && (code(text, s) | 0x20) === 0x74 && (after === 0x09 || ((after === -1 || isNewlineCode(after)) && tabBefore(text, s)));
}

/**
 * `88.6 g per revenue passenger kilometre`, `95 g/km`: a spaced lower-case g before a rate's base is
 * grams, and so is the g closing an earlier period's value after such a rate (`(2022-23: 91.2 g)`).
 */
function gramsPer(text: string, s: number, e: number): boolean {
  if (e !== s + 1 || code(text, s) !== 0x67) return false;
  const after = code(text, e);
  if (after === 0x2f) return true;
  if (after === 0x29) return PERIOD_VALUE_BEFORE.test(text.slice(Math.max(0, s - 16), s));
  return after === 0x20 && code(text, e + 1) === 0x70 && code(text, e + 2) === 0x65 && code(text, e + 3) === 0x72 && code(text, e + 4) === 0x20;
}
/** `: 91.2 ` before a unit: the value after a bracket's period and colon. */
const PERIOD_VALUE_BEFORE = /\d[:：][ \t]*\d[\d.,]*[ \t]$/;

const HOURS: Unit = { unit: 'hours', kind: 'duration' };
/** How far back a row's column gap is looked for: a table's row is no longer. */
const MAX_ROW = 300;

/** Whether a table's cell ends at `e`: a tab or a column's run of spaces after it, or the line's end in a row with such gaps. */
function endsCell(text: string, e: number): boolean {
  const after = code(text, e);
  if (after === 0x09 || (after === 0x20 && code(text, e + 1) === 0x20)) return true;
  if (after !== -1 && !isNewlineCode(after)) return false;
  for (let k = e - 1; k > Math.max(0, e - MAX_ROW) && !isNewlineCode(code(text, k)); k--) {
    if (code(text, k) === 0x09 || (code(text, k) === 0x20 && code(text, k - 1) === 0x20)) return true;
  }
  return false;
}

/** `3 8 0`: digits spaced out as letter-spaced PDF text writes them. */
/** The label under a figure of a page in columns, in its column (column-label.ts): a unit spelt out, or a counted noun. */
function labelBelow(text: string, cand: NumberRead, p: number): UnitHit | null {
  const below = cand.form.script === 'arabic' ? labelBelowInColumn(text, cand.numStart, p) : -1;
  if (below < 0) return null;
  // a unit spelt out there (`4 2 . 7⏎gigalitres`, `6 1 2⏎hectares, bringing…`) is the figure's measure
  const unit = EN_UNIT_TABLE.matchForward(text, below, { newlines: false });
  if (unit && unit.value.kind === 'measure' && unit.end - below >= 3 && !isLetterCode(code(text, unit.end))) return { unit: unit.value, end: p, noun: false, spaced: true, capitalized: false };
  const noun = englishNoun(text, below);
  return noun ? { unit: { unit: noun.text, kind: 'count' }, end: p, noun: true, spaced: true, capitalized: noun.capitalized } : null;
}

function letterSpacedNumber(text: string, cand: NumberRead): boolean {
  for (let k = cand.numStart; k < cand.numEnd; k++) if (code(text, k) === 0x20) return true;
  return false;
}

/** A line of a value alone (`7,952`, `58.4`, `(248)`, `12.5%`). */
const VALUE_ALONE = /^[(\-–+]?\d[\d,.]*\)?%?$/;

/**
 * Whether the number `[start, end)` stands alone on its line with another value alone on the line
 * above or below: one column of a table flattened to one cell a line.
 */
function inValueColumn(text: string, start: number, end: number): boolean {
  const ls = lineStartWithin(text, start, MAX_VALUE_LINE);
  const le = lineEndWithin(text, end, MAX_VALUE_LINE);
  if (ls < 0 || le < 0 || !VALUE_ALONE.test(text.slice(ls, le).trim())) return false;
  return valueAlone(text, ls > 0 ? lineStartWithin(text, ls - 1, MAX_VALUE_LINE) : -1, ls - 1) || valueAlone(text, le + 1, le < text.length ? lineEndWithin(text, le + 1, MAX_VALUE_LINE) : -1);
}
const valueAlone = (text: string, s: number, e: number): boolean => s >= 0 && e >= s && VALUE_ALONE.test(text.slice(s, e).trim());
const MAX_VALUE_LINE = 24;

/** `GRI 305: Emissions 2016`, `Scope 1 emissions`: a line opening with a code word and its number. */
function codeOpensLine(text: string, i: number): boolean {
  const w = lowerWordAt(text, i, 12);
  return w !== '' && EN_CODE_WORDS.has(w) && code(text, i + w.length) === 0x20 && isDigitCode(code(text, i + w.length + 1));
}

const isLowerAt = (text: string, i: number): boolean => code(text, i) >= 0x61 && code(text, i) <= 0x7a;

/** Whether a tab precedes `i` on its line: the number is a cell of a table row. */
function tabBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = code(text, k);
    if (c === 0x09) return true;
    if (isNewlineCode(c)) return false;
  }
  return false;
}

/** Whether a word in lower case precedes `i` on its line: running text, not a caption (`381城市 381 Cites`). */
function lowercaseWordBefore(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = code(text, k);
    if (isNewlineCode(c)) return false;
    if (c >= 0x61 && c <= 0x7a && !isLetterCode(code(text, k - 1))) return true;
  }
  return false;
}

function lowerSlice(text: string, s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) out += String.fromCharCode(NORM[text.charCodeAt(k)]! | (isLetterCode(NORM[text.charCodeAt(k)]!) ? 0x20 : 0));
  return out;
}

/** The counted noun phrase (English) at `i` (en-nouns.ts). */
export function englishNoun(text: string, i: number): EnNoun | null {
  return enCountedNoun(text, i, (p) => numberWordAt(text, p) !== null);
}
