import type { Qualifier } from '../domain/figure';
import { codeAt as code, isDigitCode, isLetterCode, isSpaceCode, isUpperCode, lastCodeAfter } from './normalize';
import { parseArabic, parseSpacedDigits } from './digits';
import type { ArabicNumber } from './digits';
import { zhScaleBeforeUnit, enScaleAfter, attachedScaleAt, scaleBeforeCurrencySign, croreAfterRupees } from './scales';
import type { ScaleMatch } from './scales';
import { ZH_UNIT_TABLE, EN_UNIT_TABLE } from './units';
import { QUALIFIER_INFIX, infixAcrossWrap, opensDiverseWord } from './qualifiers';
import { skipGap } from './gaps';
import { skipGapAcrossWrap } from './line-wrap';
import { endsLabelCell, endsZhLabelCell, lowerWordAt } from './context';
import { labelLineM } from './label-line-m';

// One number in digits with what belongs to it alone: a qualifier written inside (`3万余`), its
// scale (`万`, `million`, `bn`, a glued `m` of millions) and a percent sign. A figure (arabic.ts)
// is one part, or two joined as a range (arabic-range.ts).

export interface Part {
  num: ArabicNumber;
  /** After the number, infix qualifier and scale. */
  end: number;
  factor: number;
  scaled: boolean;
  infix: Qualifier | null;
  percentEnd: number;
}

function readArabicNumber(text: string, i: number, spaceGroups: boolean): ArabicNumber {
  const spacedMark = isSpaceCode(code(text, i + 1)) && (code(text, i + 2) === 0x2e || code(text, i + 2) === 0x2c) && isSpaceCode(code(text, i + 3));
  if ((isSpaceCode(code(text, i + 1)) && isDigitCode(code(text, i + 2))) || (code(text, i + 1) === 0x2c && code(text, i + 3) === 0x20) || spacedMark) {
    const sp = parseSpacedDigits(text, i);
    if (sp) return sp;
  }
  return parseArabic(text, i, spaceGroups);
}

/**
 * `1.9m workers`, `400m users`, `2.1m sq ft`: without a currency, a glued `m` is millions when a
 * plural noun or a unit of measure follows it (`20m deep`, `a 50m pool` stay metres).
 */
function millionsOfNoun(text: string, i: number): ScaleMatch | null {
  if ((code(text, i) | 0x20) !== 0x6d || isLetterCode(code(text, i + 1)) || code(text, i + 1) !== 0x20) return null;
  const next = lowerWordAt(text, i + 2, 20);
  if (next.length >= 4 && next.endsWith('s') && code(text, i + 2 + next.length) !== 0x2d) return { end: i + 1, factor: 1e6 };
  // `4.6m TEU`, `3m MWh`: an acronym in capitals counts or measures, a metre never precedes one
  if (capitalsAcronym(text, i + 2)) return { end: i + 1, factor: 1e6 };
  // `2.1m sq ft`, `1.5m tonnes`: a unit of measure follows, so the m is no metre
  const unit = EN_UNIT_TABLE.matchForward(text, i + 2, { newlines: false });
  return unit && unit.value.kind === 'measure' && unit.end - (i + 2) >= 2 && !isLetterCode(code(text, unit.end)) ? { end: i + 1, factor: 1e6 } : null;
}

/** `Parcels delivered  486.2m  up 6.4%`: a glued m ending a label line's cell, millions unless the label names a length. */
function millionsOfLabelLine(text: string, numStart: number, m: number): ScaleMatch | null {
  return labelLineM(text, numStart, m) === 'millions' ? { end: m + 1, factor: 1e6 } : null;
}

/**
 * `2.1 million meals … (2022: c.1.7m)`: an earlier period's value in brackets repeats the measure of
 * the figure it follows, so its glued m is millions when that figure is counted in millions (`3.2m
 * tall (2022: 3.1m)` stays metres).
 */
function millionsOfComparative(text: string, i: number): ScaleMatch | null {
  if ((code(text, i) | 0x20) !== 0x6d || code(text, i + 1) !== 0x29) return null; // `m)` only
  const open = lastCodeAfter(text, 0x28, i, i - PRIOR_VALUE_REACH - 1);
  if (open < 0 || !PRIOR_PERIOD_VALUE.test(text.slice(open, i))) return null;
  return MILLIONS_BEFORE.test(text.slice(Math.max(0, open - COMPARED_REACH), open)) ? { end: i + 1, factor: 1e6 } : null;
}
const PRIOR_VALUE_REACH = 24;
const PRIOR_PERIOD_VALUE = /^\((?:FY\s?)?\d{2,4}(?:[/-]\d{2})?\s*:\s*(?:c\.|ca\.|circa|approx\.|~)?\s*[\d.,]+$/i;
/**
 * The figure compared: millions in words, or a glued m before a plural noun, with no sentence's end or
 * bracket since (a decimal point ends none: `1.42 million    98.1%⏎outpatient appointments (2022/23: 1.31m)`).
 */
const MILLIONS_BEFORE = /\d(?:\s?(?:million|mn)\b|m [a-z]{3,}s\b)(?:[^.;()]|\.(?=\d))*$/i;
const COMPARED_REACH = 120;

/** Two to five capitals (a plural `s` allowed) standing as a word at `i`. */
function capitalsAcronym(text: string, i: number): boolean {
  let j = i;
  while (j - i < 6 && isUpperCode(code(text, j))) j++;
  if (code(text, j) === 0x73) j++;
  return j - i >= 2 && j - i <= 6 && isUpperCode(code(text, i + 1)) && !isLetterCode(code(text, j)) && !isDigitCode(code(text, j));
}

/**
 * `  1 . 4        9 1 %        2 3 0⏎  million …`: a scale word opening the next line left of a figure that
 * a column gap parts from the text before it stands in another column, the figure's own scale no more.
 */
function scaleOfLeftColumn(text: string, numStart: number, p: number): boolean {
  if (code(text, p) !== 0x20 && code(text, p) !== 0x0a) return false;
  const g = skipGap(text, p, 2);
  const nl = lastCodeAfter(text, 0x0a, g - 1, p - 1);
  if (nl < 0) return false;
  const ls = text.lastIndexOf('\n', numStart - 1) + 1;
  const col = numStart - ls;
  if (g - nl - 1 >= col || !(isSpaceCode(code(text, numStart - 1)) && isSpaceCode(code(text, numStart - 2)))) return false;
  // both lines in columns: text before the figure on its own, a column gap in the scale's line before the figure's column
  // (`more than  6.5⏎million people` is one column's words, spaced)
  if (text.slice(ls, numStart).trim() === '') return false;
  // or a cell of the figure's row starting right above the scale, whose wrapped rest it is (`KRW 100  274.9⏎  million`)
  const above = ls + g - nl - 1;
  if (above >= ls + 2 && code(text, above) !== 0x20 && code(text, above - 1) === 0x20 && code(text, above - 2) === 0x20) return true;
  return text.slice(g, nl + 1 + col).includes('  ');
}

/**
 * `US$ 3.4 m`, `1 . 2 m`, `1 . 1 2 b n`: a scale's letter a space after the number — after a currency, or
 * letter-spaced as the digits before it are — ending its cell or clause. Without a currency only a decimal
 * takes an `m` (`4 8 0 m` may be metres; a decimal in metres is not set as a headline).
 */
function spacedScale(text: string, p: number, num: ArabicNumber, afterCurrency: boolean): ScaleMatch | null {
  if (!(num.spaced || afterCurrency) || code(text, p) !== 0x20 || !isLetterCode(code(text, p + 1)) || isLetterCode(code(text, p + 2))) return null;
  let letters = String.fromCharCode(code(text, p + 1) | 0x20);
  let end = p + 2;
  // `b n`: a second letter spaced as the first
  if (num.spaced && code(text, end) === 0x20 && isLetterCode(code(text, end + 1)) && !isLetterCode(code(text, end + 2))) {
    const two = letters + String.fromCharCode(code(text, end + 1) | 0x20);
    if (SPACED_SCALES.has(two)) {
      letters = two;
      end += 2;
    }
  }
  const factor = SPACED_SCALES.get(letters);
  if (factor === undefined || (letters === 'm' && !afterCurrency && !num.hasDecimal)) return null;
  const c = code(text, end);
  const endsClause = c === -1 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3b || c === 0x29 || (c === 0x20 && (code(text, end + 1) === 0x20 || code(text, end + 1) === 0x0a)) || (c === 0x2e && !isLetterCode(code(text, end + 1)));
  return endsClause ? { end, factor } : null;
}
const SPACED_SCALES: ReadonlyMap<string, number> = new Map([['k', 1e3], ['m', 1e6], ['b', 1e9], ['mn', 1e6], ['bn', 1e9]]);

/** Number, then optional `多`/`余`, scale (`万`, `million`, `k`) and `多` again; `spaceGroups` as parseArabic's. */
export function arabicPart(text: string, i: number, afterCurrency: boolean, spaceGroups = false): Part {
  const read = readArabicNumber(text, i, spaceGroups);
  const tr = trillions(text, read.end, read.value);
  if (tr) return { num: { ...read, value: tr.value }, end: tr.end, factor: 1, scaled: true, infix: null, percentEnd: -1 };
  const num = read;
  let p = num.end;
  let factor = 1;
  let scaled = false;
  let infix: Qualifier | null = null;
  const infAt = skipGap(text, p, 0);
  const inf = opensDiverseWord(text, infAt) ? null : QUALIFIER_INFIX.matchForward(text, infAt) ?? infixAcrossWrap(text, i, p);
  if (inf) {
    infix = inf.value;
    p = inf.end;
  }
  const attached = isLetterCode(code(text, p)) ? attachedScaleAt(text, p, afterCurrency) ?? millionsOfNoun(text, p) ?? millionsOfComparative(text, p) ?? millionsOfLabelLine(text, i, p) : spacedScale(text, p, num, afterCurrency);
  if (attached) {
    factor = attached.factor;
    scaled = true;
    p = attached.end;
    // a number ending a label cell takes no scale from the next cell (`Scope 1⇥million tCO2e⇥12.5`,
    // `排放总量注1    万吨`)
  } else if (!(columnGap(text, p, skipGap(text, p, 0)) && (endsLabelCell(text, i) || endsZhLabelCell(text, i, num.end)))) {
    // `理赔总计近 640⏎⏎万元`: a wrapped line of Chinese prose puts the scale on the next line
    const g = skipGapAcrossWrap(text, i, p);
    const zhUnit = ZH_UNIT_TABLE.matchForward(text, g);
    const zs = zhUnit && zhUnit.end - g >= 2 && zhUnit.value.kind !== 'count' ? null : zhScaleBeforeUnit(text, g);
    if (zs && !(zs.factor === 10 || zs.factor === 100 && code(text, zs.end) === 0x5206)) {
      factor = zs.factor;
      scaled = true;
      p = zs.end;
    } else {
      const es = enScaleAfter(text, p) ?? scaleBeforeCurrencySign(text, g) ?? (afterCurrency ? croreAfterRupees(text, i, p) : null);
      if (es && !scaleOfLeftColumn(text, i, p)) {
        factor = es.factor;
        scaled = true;
        p = es.end;
      }
    }
  }
  if (scaled && !infix) {
    const g = skipGap(text, p, 0);
    const inf2 = QUALIFIER_INFIX.matchForward(text, g);
    if (inf2 && inf2.value === 'over') {
      infix = 'over';
      p = inf2.end;
    }
  }
  let percentEnd = -1;
  const g = skipGap(text, p, 0);
  if (code(text, g) === 0x25) percentEnd = g + 1;
  return { num, end: p, factor, scaled, infix, percentEnd };
}

/**
 * `新台幣2兆1,617億元`, `1兆元`: 兆 glued to the number is a trillion where the 億 or 萬 of an amount
 * follows it (added to it) or a currency does; before a unit it is the unit's mega- (`兆瓦`, `兆焦`).
 */
function trillions(text: string, p: number, value: number): { end: number; value: number } | null {
  if (code(text, p) !== 0x5146) return null;
  if (isDigitCode(code(text, p + 1))) {
    const rest = parseArabic(text, p + 1);
    const zs = zhScaleBeforeUnit(text, rest.end);
    return zs && zs.factor >= 1e4 && zs.factor < 1e12 ? { end: zs.end, value: value * 1e12 + rest.value * zs.factor } : null;
  }
  const unit = ZH_UNIT_TABLE.matchForward(text, p + 1);
  return unit && unit.value.kind === 'currency' ? { end: p + 1, value: value * 1e12 } : null;
}

/** Whether the whitespace `[from, to)` separates table cells: a tab, or two spaces or more. */
export function columnGap(text: string, from: number, to: number): boolean {
  if (to - from >= 2) return true;
  return to > from && code(text, from) === 0x09;
}
