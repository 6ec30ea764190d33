import { yearLike } from './candidate';
import type { Candidate } from './candidate';
import { codeAt as code, isCjkCode, isDigitCode, isLetterCode, isNewlineCode, lastCodeAfter } from './normalize';
import { EN_GLUED_ONLY, EN_UNIT_TABLE, ZH_UNIT_TABLE } from './units';
import { memoized, readSpec } from './unit-spec';
import { massOfLabel } from './unit-spec-in';
import { QUALIFIER_SUFFIX } from './qualifiers';
import { NOTE_MARKS } from './context';
import type { UnitSpec } from './unit-spec';

// A table printed from HTML and read back from the PDF comes out as one paragraph: its rows run
// on, cell after cell, a space apart (`能源消耗总量兆瓦时8,786,584 直接能源消耗量兆瓦时 1,721,483
// 天然气消耗量千立方米 12,482 液化石油气吨 2.4 …`). A reader still sees each row as label, unit,
// value: the unit stands right before its value, and what follows the value is the next row's
// label, not its unit (`1,721,483 天然气…` is megawatt-hours, not days; `12,482 液化石油气吨` is
// thousands of cubic metres). So a value with a unit cell right before it takes that unit when the
// text after it reads as the next row: a label that ends in its own unit cell, or the end of the
// line after a row of the same shape. Running text (`每吨300元`, `减排2万吨`) has no such shape.

/** How far a row's label may run between two values. */
const MAX_LABEL = 48;
/** The longest number looked across (a value, or a label's own `1,2,3`): keeps every look bounded. */
const MAX_NUMBER = 24;
/** How far before its unit word a unit cell may start (`千立方米`, `thousand m3`, `(KG)`). */
const MAX_UNIT = 16;

/**
 * The cell right before a value: a unit (with its scale) the value takes, or a rate
 * (`兆瓦时 / 百万人民币收入`), which leaves the value a bare cell as a table's rate column does.
 */
interface UnitCell {
  spec: UnitSpec | null;
  /** Where the cell starts: the row's label ends before it. */
  start: number;
  /** Written in brackets after its label (`Paper (KG) 9158`): a row's unit, never prose. */
  bracketed: boolean;
}

/** Give a value of a flattened table row the unit its row states before it. */
export function takeFlattenedRowUnit(text: string, c: Candidate): void {
  if (c.form.script !== 'arabic' || c.reading.scaled || c.reading.currency || c.reading.range !== 'none') return;
  const after = labelAfter(text, c.numEnd);
  if (after === NO_LABEL || (after !== LINE_END && !mayOpenNextRow(text, after))) return;
  const cell = unitCellBefore(text, c.numStart);
  if (!cell || !(after === LINE_END ? cell.bracketed || rowBefore(text, cell.start) : nextRowAt(text, after, cell.start))) return;
  // `Share certified (%)⏎2023⏎2022`: a year after a row's label is the heading of a column flattened under it
  if (after === LINE_END && yearLike(c)) return;
  asRowCell(c, cell.bracketed && cell.spec ? massOfLabel(text.slice(Math.max(0, lastCodeAfter(text, 0x0a, cell.start - 1, cell.start - MAX_LABEL - 1) + 1, cell.start - MAX_LABEL), cell.start), cell.spec) : cell.spec);
}

/** Make the candidate a bare cell of a table row with the row's unit and scale (none for a rate or a count). */
export function asRowCell(c: Candidate, spec: UnitSpec | null): void {
  if (spec?.unit) {
    c.value *= spec.factor;
    c.reading.scaled = spec.factor !== 1;
    c.unit = spec.unit.unit;
    c.kind = spec.unit.kind;
  } else {
    c.unit = '';
    c.kind = 'none';
  }
  c.context.noun = null;
  c.context.tableCell = true;
  c.end = c.numEnd;
  c.scanEnd = c.numEnd;
}

/** The unit cell ending right before the number at `numStart` (glued or one space apart), after a label. */
function unitCellBefore(text: string, numStart: number): UnitCell | null {
  let e = numStart;
  if (code(text, e - 1) === 0x20) e--;
  // a row wrapped before its value: the value stands alone on the next line
  else if (code(text, e - 1) === 0x0a && aloneOnLine(text, numStart)) e--;
  // `/`, `—`: the row has no unit
  const mark = code(text, e - 1);
  if ((mark === 0x2f || mark === 0x2014) && code(text, e - 2) === 0x20) return labelEndsAt(text, e - 1) ? { spec: null, start: e - 1, bracketed: false } : null;
  const rate = rateBefore(text, e);
  if (rate) return rate;
  let w = e;
  const bracketed = code(text, w - 1) === 0x29;
  if (bracketed) w--;
  const zh = ZH_UNIT_TABLE.matchBackward(text, w);
  const en = EN_UNIT_TABLE.matchBackward(text, w);
  const unit = zh && (!en || zh.end <= en.end) ? zh : en && (bracketed || !EN_GLUED_ONLY.has(text.slice(en.end, w).toLowerCase())) ? en : null;
  if (!unit && bracketed) return piecesCell(text, w, e);
  // the header's own word for the column (`指标 单位 2022 财年`, `Unit`) is no unit
  if (!unit || UNIT_HEADER.test(text.slice(Math.max(0, unit.end - 4), w))) return null;
  // the longest cell that is wholly a statement of unit: its scale and brackets with it
  let from = unit.end;
  while (from > unit.end - MAX_UNIT && from > 0 && SPEC_CHARS.has(text.charCodeAt(from - 1))) from--;
  for (let s = from; s <= unit.end; s++) {
    if (isLetterCode(code(text, s)) && isLetterCode(code(text, s - 1))) continue;
    const cell = text.slice(s, e);
    if (/[\t\n\r]/.test(cell)) continue;
    const spec = cellSpec(cell);
    if (spec?.unit) return labelEndsAt(text, s) ? { spec, start: s, bracketed } : null;
  }
  return null;
}

/** `Cartridge (piece)⏎173`: a row of items counted, its unit a word only a statement of unit holds (unit-spec.ts). */
function piecesCell(text: string, w: number, e: number): UnitCell | null {
  const m = BRACKETED_PIECES.exec(text.slice(Math.max(0, w - 8), w));
  if (!m) return null;
  const start = w - m[0].length;
  const spec = cellSpec(text.slice(start, e));
  return spec?.unit && labelEndsAt(text, start) ? { spec, start, bracketed: true } : null;
}
const BRACKETED_PIECES = /[(（]\s*(?:pieces|piece|pcs)\s*$/i;

/** Specs of the short cells tried before values (`万元`, `吨`, `(KG)` come back again and again), read once each. */
const cellSpec = memoized(readSpec);

/** Whether the number at `start` is all its line holds (with a note mark). */
function aloneOnLine(text: string, start: number): boolean {
  const m = /^[\d,.]+[*†‡§¶¹²³⁰⁴⁵⁶⁷⁸⁹]{0,2}[ \t]*(?:\n|$)/.exec(text.slice(start, start + 24));
  return m !== null;
}

/** What a unit cell may hold before its unit word: a scale, a bracket, English words, a scale in digits. */
const SPEC_CHARS = new Set(Array.from("十百千万亿萬億(（ ,'’$£€¥ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", (ch) => ch.charCodeAt(0)));

const UNIT_HEADER = /(?:单位|單位|\bunits?)$/i;

/**
 * `兆瓦时 / 百万人民币收入`, `工伤人数 / 百万工作小时`, `tCO2e / RMB million revenue` right before `e`:
 * the cell of a rate, whose value a table leaves bare.
 */
function rateBefore(text: string, e: number): UnitCell | null {
  let k = e;
  while (k > e - MAX_UNIT && (isCjkCode(code(text, k - 1)) || isLetterCode(code(text, k - 1)) || code(text, k - 1) === 0x20)) k--;
  if (code(text, k - 1) !== 0x2f || k === e) return null;
  let u = k - 1;
  while (u > k - 4 && code(text, u - 1) === 0x20) u--;
  const unit = ZH_UNIT_TABLE.matchBackward(text, u) ?? EN_UNIT_TABLE.matchBackward(text, u);
  const start = unit ? unit.end : u;
  return labelEndsAt(text, start) ? { spec: null, start, bracketed: false } : null;
}

/** Words, a bracket, a note mark or a label's own short number (`Scope 2`) end just before `s`: a row label. */
function labelEndsAt(text: string, s: number): boolean {
  let k = s;
  while (k > s - 6 && (code(text, k - 1) === 0x20 || isNoteMark(text, k - 1))) k--;
  const c = code(text, k - 1);
  if (c === 0x29) return true;
  if (isCjkCode(c)) return !NUMERAL_OR_PER.has(c);
  if (isLetterCode(c)) return !/(?:^|[^a-z])per$/i.test(text.slice(Math.max(0, k - 4), k));
  if (isDigitCode(c)) return labelNumberBefore(text, k);
  return false;
}

/** Numerals and scales, which make a unit after them a figure's own (`十万吨`), and 每 (per). */
const NUMERAL_OR_PER = new Set(Array.from('〇零一二两三四五六七八九十百千万亿萬億每', (ch) => ch.charCodeAt(0)));

/** A short number a label ends with (`范围 1`, `Scope 2`), ending at `k`, after the label's words. */
function labelNumberBefore(text: string, k: number): boolean {
  let s = k;
  while (s > k - 3 && isDigitCode(code(text, s - 1))) s--;
  if (k - s > 2 || isDigitCode(code(text, s - 1))) return false;
  const before = code(text, s - 1) === 0x20 ? code(text, s - 2) : code(text, s - 1);
  return isLetterCode(before) || (isCjkCode(before) && !NUMERAL_OR_PER.has(before));
}

/** A footnote mark at `i` (`310†`); past either end of the text counts as one, as `''` is in every string. */
const isNoteMark = (text: string, i: number): boolean => (i < 0 || i >= text.length ? true : NOTE_MARK_CODES.has(text.charCodeAt(i)));
const NOTE_MARK_CODES = new Set(Array.from(NOTE_MARKS, (ch) => ch.charCodeAt(0)));

const LINE_END = -1;
const NO_LABEL = -2;

/**
 * Where a row label starts after the value ending at `numEnd` (past its note mark and a space),
 * `LINE_END` when the line ends there, `NO_LABEL` when the value's own words follow (`300元`,
 * `3,000 余个`, `50%`).
 */
function labelAfter(text: string, numEnd: number): number {
  let r = numEnd;
  while (r < numEnd + 3 && isNoteMark(text, r)) r++;
  const gap = r;
  while (r < gap + 2 && code(text, r) === 0x20) r++;
  if (r >= text.length || isNewlineCode(code(text, r))) return LINE_END;
  return r > gap && labelStart(code(text, r)) && QUALIFIER_SUFFIX.matchForward(text, r) === null ? r : NO_LABEL;
}

/**
 * Whether the next row starts at `r`: its label, then its unit cell before its value or the next
 * cell; or the last row's label, to the line's end, after a row of the same shape before `cellStart`.
 */
function nextRowAt(text: string, r: number, cellStart: number): boolean {
  for (let k = r; k < r + MAX_LABEL; k++) {
    const c = code(text, k);
    if (k >= text.length || isNewlineCode(c)) return rowBefore(text, cellStart);
    if (isSentenceStop(c) || (c === 0x2e && code(text, k + 1) === 0x20)) return false;
    if (isDigitCode(c)) {
      const next = unitCellBefore(text, k);
      if (next && next.start > r) return true;
      const e = labelNumberEnd(text, k);
      if (e < 0) return false;
      k = e - 1;
    } else if (c === 0x20 && k > r) {
      const own = unitCellBefore(text, k + 1);
      if (own?.spec && own.start > r) return true;
    }
  }
  return false;
}

/**
 * Whether `nextRowAt(text, r, …)` can hold, told before the unit cell it needs is looked for: the
 * first character it acts on (a digit, a space, the line's end) must come before a sentence's stop
 * and within a label's reach. Running Chinese prose (`300 名员工，`) fails here.
 */
function mayOpenNextRow(text: string, r: number): boolean {
  for (let k = r; k < r + MAX_LABEL; k++) {
    const c = code(text, k);
    if (k >= text.length || isNewlineCode(c) || isDigitCode(c) || (c === 0x20 && k > r)) return true;
    if (isSentenceStop(c) || (c === 0x2e && code(text, k + 1) === 0x20)) return false;
  }
  return false;
}

/** A label may open with words, never with a numeral or a sign. */
const labelStart = (c: number): boolean => isLetterCode(c) || (isCjkCode(c) && !NUMERAL_OR_PER.has(c));

/** Punctuation that ends a sentence or a clause: never inside a row's label. */
/** `。，；！？、;!?`, by code unit. */
const SENTENCE_STOPS = new Uint8Array(0x10000);
for (const ch of '。，；！？、;!?') SENTENCE_STOPS[ch.charCodeAt(0)] = 1;
const isSentenceStop = (c: number): boolean => SENTENCE_STOPS[c] === 1;

/** The end of a label's own short number at `k` (`范围 1 排放量`, `(范围1,2,3)`), or -1 for a value. */
function labelNumberEnd(text: string, k: number): number {
  let e = k;
  while (e < k + MAX_NUMBER && (isDigitCode(code(text, e)) || (code(text, e) === 0x2c && isDigitCode(code(text, e + 1)) && !isDigitCode(code(text, e + 2))))) e++;
  let digits = 0;
  for (let j = k; j < e; j++) if (isDigitCode(code(text, j))) digits++;
  const run = text.slice(k, e);
  return (run.length <= 2 || /^\d(?:,\d)+$/.test(run)) && digits <= 5 && code(text, e) !== 0x2e ? e : -1;
}

/** Whether the label before `start` follows a value of a row of the same shape (a unit or a rate before it). */
function rowBefore(text: string, start: number): boolean {
  for (let k = start - 1; k > start - MAX_LABEL && k >= 0; k--) {
    const c = code(text, k);
    if (isNewlineCode(c) || isSentenceStop(c)) return false;
    if (!isDigitCode(c)) continue;
    let s = k;
    while (s > k - MAX_NUMBER && (isDigitCode(code(text, s - 1)) || ((code(text, s - 1) === 0x2c || code(text, s - 1) === 0x2e) && isDigitCode(code(text, s - 2))))) s--;
    if (unitCellBefore(text, s)) return true;
    if (!labelNumberBefore(text, k + 1)) return false;
    k = s;
  }
  return false;
}
