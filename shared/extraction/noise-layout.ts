import { hasDecimal, hasSeparator } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isCjkCode, isLetterCode, isUpperCode } from './normalize';
import { lineEndWithin, lineStartWithin } from './lines';
import { atLineEnd, atLineStart } from './context';
import { skipGapBack } from './gaps';
import { tocPageNumber } from './toc';
import { continuesWrappedProse, isHeadingLine } from './names';
import { inUnitCaption, scaleOfLabelBrackets, statedAfterUnitLabel } from './unit-spec-in';
import { currencyBackward } from './currency-prefix';
import { inUnitCell, inUnitCellRest } from './unit-cell';
import { pageAfterBarredTitle, pageAfterEdgeTitle } from './running-head';
import { letterSpaced } from './digits';
import { labelledAboveInColumn } from './column-kpi';

// Numbers the layout of a page puts there, not its prose: a page number in a table of contents, a
// section's number before its heading (`1 修复绿色星球`), a long identifier, a scale stating a
// column's unit or a rate's base (`单位：亿元`, `每百万工时`, a unit cell `百万工时`), and the
// constant of a formula that defines a metric (`事故率 = 事故起数 ÷ 总工时 × 1,000,000`).

/** A short line of bare numbers one space apart (`9.01 6.7 5.5`): a chart's values a PDF set on one line. */
const BARE_NUMBER_ROW = /^\d+(?:[.,]\d+)*(?: \d+(?:[.,]\d+)*)+$/;
const MAX_BARE_ROW = 40;

/**
 * Whether the number at `start` stands in a line holding only bare numbers one space apart, each
 * of which a PDF may equally set on a line of its own (`9.01⏎6.7⏎5.5`): read as if it opened its line.
 */
function inBareNumberRow(text: string, start: number): boolean {
  if (code(text, start - 1) !== 0x20) return false;
  const ls = lineStartWithin(text, start, MAX_BARE_ROW);
  const le = ls < 0 ? -1 : lineEndWithin(text, start, MAX_BARE_ROW - (start - ls));
  return le >= 0 && BARE_NUMBER_ROW.test(text.slice(ls, le));
}

/** 10, 100, 1,000 … as a number's digits. */
const POWER_OF_TEN = /^10+$/;

export const LAYOUT_NOISE_RULES = {
  pageOrTocNumber: {
    name: 'page-or-toc-number',
    scripts: ['arabic'],
    // `003`; or a running head's page number (`ASHCOMBE HEALTHCARE GROUP  |  ANNUAL REVIEW 2023/24        17`,
    // `Electricity Operating Data        18` opening a page)
    drop: (text, c) =>
      c.form.script === 'arabic' &&
      (c.form.leadingZero ||
        (c.kind === 'none' && !c.form.decimal && !c.form.separator && c.value < 1000 && c.numEnd === c.end &&
          (pageAfterBarredTitle(text, c.numStart, c.numEnd) || pageAfterEdgeTitle(text, c.numStart, c.numEnd)))),
  },
  tableOfContentsEntry: {
    name: 'table-of-contents-entry',
    scripts: ['arabic'],
    kinds: ['none', 'noun'],
    drop: (text, c) =>
      c.form.script === 'arabic' && (c.kind === 'none' || c.kind === 'noun') && !c.reading.scaled && !c.reading.currency &&
      c.qualifier === 'exact' && !c.form.decimal && !c.form.separator && (c.valueMax ?? c.value) < 1000 && tocPageNumber(text, c.numStart, c.reading.range === 'none' ? c.numEnd : c.end),
  },
  sectionNumber: {
    name: 'section-number',
    scripts: ['arabic', 'zh'],
    // "1 修复绿色星球", "2 Support Employee Development", "2 支持员工发展": numbered headings
    drop: (text, c) => {
      // sections are numbered from 1: a decimal under one (`0.21`, an infographic's rate) numbers none
      // nor does a zero a KPI page's label names (`Fatalities⏎0`)
      if (c.value >= 100 || (c.value < 1 && (hasDecimal(c) || labelledAboveInColumn(text, c.numStart, c.numEnd))) || c.reading.scaled || c.reading.currency || hasSeparator(c) || c.qualifier !== 'exact' || c.form.script === 'en' || c.context.tableCell) return false;
      if (!(atLineStart(text, c.start) || inBareNumberRow(text, c.start)) || continuesWrappedProse(text, c.start)) return false;
      // a letter-spaced number (`2 . 1 4`) is a designed page's headline figure, and `2.8 per million
      // hours` a rate: no heading is numbered so
      if (letterSpaced(text, c.numStart, c.numEnd) || (hasDecimal(c) && text.startsWith(' per ', c.numEnd))) return false;
      // `8.80 Mt⏎CO2 from jet fuel`: a decimal with its unit that no section could be numbered by; a
      // bare one stays out (an infographic's `12.37`, whose scale stands lines away, would be read wrong)
      if (c.kind !== 'none' && hasDecimal(c) && !sectionParts(text, c.numStart, c.numEnd)) return false;
      if (c.kind === 'none') return true;
      const noun = c.context.noun;
      if (c.kind === 'noun') return noun !== null && (noun.capitalized || (noun.spaced && isCjkCode(c.unit.charCodeAt(0))));
      return c.value < 10 && code(text, c.numEnd) === 0x20 && isHeadingLine(text, c.start);
    },
  },
  noteNumber: {
    name: 'note-number',
    scripts: ['arabic'],
    // `1 Market-based.⏎2 Director level and above; 2022: 35.1%.⏎3 Employees…`: notes numbered in turn
    // under a page, each line opening with the next number (whatever words follow it)
    drop: (text, c) => {
      if (c.form.script !== 'arabic' || c.form.decimal || c.form.separator || c.value > 30 || c.numStart !== c.start) return false;
      if (!(c.start === 0 || code(text, c.start - 1) === 0x0a) || code(text, c.numEnd) !== 0x20 || !isUpperCode(code(text, c.numEnd + 1))) return false;
      const prev = c.start >= 2 ? lineStartWithin(text, c.start - 1, NOTE_LINE) : -1;
      if (prev >= 0 && text.startsWith(`${c.value - 1} `, prev)) return true;
      const end = lineEndWithin(text, c.numEnd, NOTE_LINE);
      return end >= 0 && text.startsWith(`${c.value + 1} `, end + 1);
    },
  },
  noteMark: {
    name: 'note-mark',
    scripts: ['arabic'],
    // `Key environmental data*1`, `(t-CO2/¥100 million)*2`, `売上高※3`: a note's number glued by `*` or
    // `※` to the word or bracket it annotates, whatever scale or unit the next cell gives it
    // (`CO2 emissions (Scope 1+2)*1      thousand t-CO2   1,842`)
    drop: (text, c) => {
      if (c.form.script !== 'arabic' || c.form.decimal || c.form.separator || c.numStart !== c.start || Number(text.slice(c.numStart, c.numEnd)) > 30) return false;
      const mark = code(text, c.start - 1);
      if (mark !== 0x2a && mark !== 0x203b) return false;
      const before = code(text, c.start - 2);
      return isLetterCode(before) || before === 0x29 || before === 0xff09;
    },
  },
  longId: {
    name: 'long-id',
    scripts: ['arabic'],
    kinds: ['none', 'noun'],
    drop: (_t, c) =>
      c.form.script === 'arabic' && !c.form.decimal && !c.form.separator && c.form.intDigits >= 5 && !c.reading.scaled && (c.kind === 'none' || c.kind === 'noun'),
  },
  unitStatement: {
    name: 'unit-statement',
    // `总能耗量 ( 百万瓦时 )`, `单位：亿元`, `工伤人数 / 百万工作小时`, `每百万工时`: a scale in words
    // stating a unit or a rate's base; or alone in a table's unit cell (`总工时\t百万工时\t86.42`)
    drop: (text, c) => {
      // `(amounts x €1,000)`: the power of ten after a multiplier in a statement of unit
      if (c.form.script === 'arabic') {
        if (/[x×]\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)) && inUnitCaption(text, c.start, c.end)) return true;
        // `Unit: RMB10,000`, `Unit: 10,000 yuan`: a table's scale in digits after its unit label
        if (c.value >= 1000 && statedAfterUnitLabel(text, c.start, c.end)) return true;
        // `CO2 emissions (10,000 t-CO2)      128.4`: the row's scale in digits, in its label's brackets
        if (c.value >= 1000 && scaleOfLabelBrackets(text, c.start, c.end, c.value)) return true;
        // `(t-CO2/¥100 million)`, `tCO2e/$1m`, `tce/RMB10,000`: an amount glued after a rate's slash is its
        // base, scaled or a power of ten
        const base = c.reading.scaled || (c.reading.currency && POWER_OF_TEN.test(String(c.value)));
        return base && code(text, c.start - 1) === 0x2f && /[A-Za-z]\d?$/.test(text.slice(Math.max(0, c.start - 4), c.start - 1));
      }
      if (!c.reading.scaled) return false;
      // a rate's base may name its currency before the scale (`公噸CO2e/新台幣百萬元`)
      const g = skipGapBack(text, c.start, 0);
      const currency = currencyBackward(text, g);
      const at = skipGapBack(text, currency ? currency.end : g, 0);
      let before = code(text, at - 1);
      // a label wrapped after its rate's slash (`排放強度（公噸CO2e/⏎百萬元營收）`)
      if (before === 0x0a && c.form.script === 'zh') before = code(text, skipGapBack(text, at, 1) - 1);
      if (before === 0x2f || before === 0x6bcf || inUnitCaption(text, c.start, c.end)) return true;
      if (c.form.script === 'zh' && c.form.pureScale && rateNamedAfter(text, c.end)) return true;
      return c.form.script === 'zh' && c.form.pureScale && code(text, c.start - 1) === 0x09 && (code(text, c.end) === 0x09 || atLineEnd(text, c.end));
    },
  },
  unitCell: { name: 'unit-cell', drop: (text, c) => inUnitCell(text, c) || inUnitCellRest(text, c) },
  formulaOperand: {
    name: 'formula-operand',
    // `事故率 = 事故起数 ÷ 总工时 × 1,000,000`: a constant of a formula defining a metric
    drop: (text, c) => {
      // `×`, `÷`, and `*` as a keyboard writes a product (`(工伤人数 / 工作时数) *1,000,000`; the gap
      // skipped back over would take that `*` for a note mark)
      const before = code(text, c.start - 1) === 0x2a ? 0x2a : code(text, skipGapBack(text, c.start, 0) - 1);
      if (before === 0xd7 || before === 0xf7 || before === 0x2a) return equalsBeforeOnLine(text, c.start);
      // `LTIFR = lost-time injuries / hours worked x 1,000,000`: a lone Latin x as the times sign, the formula
      // wrapped to its next line at the constant
      return latinTimesBefore(text, c.start) && equalsBeforeOnLine(text, c.start, true);
    },
  },
} satisfies Record<string, NoiseRule>;

/** How far back on its line a formula's `=` may stand before its constant. */
const FORMULA_REACH = 200;

/**
 * Whether `=` or `＝` stands before `i` on its line, within FORMULA_REACH characters: read back by
 * character codes, so a long line is not sliced again for each of its numbers. `wrapped`: on the line
 * before too, when prose wraps there (no blank line between).
 */
function equalsBeforeOnLine(text: string, i: number, wrapped = false): boolean {
  let breaks = 0;
  for (let k = i - 1, from = Math.max(0, i - FORMULA_REACH); k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a && (!wrapped || ++breaks > 1 || /\n[ \t]*$/.test(text.slice(Math.max(0, k - 8), k)))) return false;
    if (c === 0x3d || c === 0xff1d) return true;
  }
  return false;
}

/** ` x ` before the number at `i`: a lone Latin x between spaces, after a word (`hours worked x 1,000,000`), not `2x`. */
const LATIN_TIMES = /[A-Za-z)）]\s+[xX]\s+$/;
const latinTimesBefore = (text: string, i: number) => LATIN_TIMES.test(text.slice(Math.max(0, i - 6), i));

/**
 * `百万工时损失工时事故率为0.06`, `千人重伤率`: a scale and its unit opening the name of a rate (率 ends the
 * word run after it) are the rate's base, not a count.
 */
function rateNamedAfter(text: string, end: number): boolean {
  for (let k = end; k < end + RATE_NAME; k++) {
    const c = code(text, k);
    if (c === 0x7387) return true;
    if (!isCjkCode(c)) return false;
  }
  return false;
}
const RATE_NAME = 10;

/**
 * Whether a decimal can number a section (`4.3`, `12.10`): a chapter and its part each counted from one,
 * a few dozen at most, the part opening with no zero; `8.80` or `1.05` is a value.
 */
function sectionParts(text: string, start: number, end: number): boolean {
  const dot = text.indexOf('.', start);
  if (dot < 0 || dot >= end) return true;
  if (end - dot > 2 && code(text, dot + 1) === 0x30) return false;
  return Number(text.slice(start, dot)) <= MAX_SECTION_PART && Number(text.slice(dot + 1, end)) <= MAX_SECTION_PART;
}
const MAX_SECTION_PART = 30;

/** The longest note line looked through for the next note's number. */
const NOTE_LINE = 240;
