import { codeAt as code, isCjkCode, isDigitCode, isLetterCode, lastCodeAfter } from './normalize';
import { lineEndWithin, lineStartWithin } from './lines';
import { zhScaleAt, enScaleAt } from './scales';
import { skipGap } from './gaps';
import { zhCountedNoun } from './zh-nouns';
import { englishNoun } from './unit-after';
import { EN_UNIT_TABLE, ZH_UNIT_TABLE } from './units';
import { unitLineOverValues } from './stacked-cells';
import { QUALIFIER_INFIX } from './qualifiers';
import type { Unit } from './units';

// PDF text of a page in columns interleaves them: `550` on one line, `million users` a few lines
// below. A lone number on its line takes the first scale word that starts a later line and that
// no other number has taken yet.

const ORPHAN_MAX_LINES = 6;
/** The widest column offset a figure of a page in columns is looked for at. */
const MAX_COLUMN = 240;

/** The scale words of one text already claimed by a number in another column. */
export class OrphanScales {
  private readonly used = new Set<number>();

  constructor(private readonly text: string) {}

  /** A scale word starting a later line, in another column, not yet claimed (`550 … million users`). */
  /** Whether the scale word at `i` was taken by a number above it (so it is no figure of its own). */
  taken(i: number): boolean {
    return this.used.has(i);
  }

  /**
   * `  1 . 4          9 1 %⏎  million          of hotels…`: on a page in columns, a figure that is a cell of
   * its own (a column gap or the line's start before it, a column gap or the line's end after it) takes
   * the scale word opening the next line at the figure's own column. Returns the scale and its end.
   */
  takeBelow(numStart: number, end: number): { factor: number; end: number } | null {
    const text = this.text;
    // cheap first: a column gap or the line's end right after the figure
    const a = code(text, end);
    if (!(a === -1 || a === 0x0a || (a === 0x20 && (code(text, end + 1) === 0x20 || code(text, end + 1) === 0x0a)))) return null;
    const ls = lineStartWithin(text, numStart, MAX_COLUMN);
    if (ls < 0) return null;
    const col = numStart - ls;
    if (col > 0 && code(text, numStart - 1) !== 0x20) return null;
    if (col > 1 && code(text, numStart - 2) !== 0x20 && text.slice(ls, numStart).trim() !== '') return null;
    // the line ends within two columns' width, and the next line reaches the figure's column
    const le = lineEndWithin(text, end, ls + MAX_COLUMN * 2 - end);
    if (le < 0 || le === text.length) return null;
    const at = le + 1 + col;
    if (lastCodeAfter(text, 0x0a, at, le) >= 0 || (col > 0 && code(text, at - 1) !== 0x20) || !isLetterCode(code(text, at))) return null;
    const hit = enScaleAt(text, at);
    if (!hit || this.used.has(at) || isLetterCode(code(text, hit.end))) return null;
    this.used.add(at);
    return hit;
  }

  take(from: number): { factor: number; end: number; over: boolean } | null {
    const text = this.text;
    let p = from;
    let lines = 0;
    while (lines < ORPHAN_MAX_LINES && p < text.length) {
      const nl = lineEndWithin(text, p, from + 400 - p);
      if (nl < 0 || nl === text.length) return null;
      p = nl + 1;
      const g = skipGap(text, p, 0);
      const lineEndIdx = text.indexOf('\n', g);
      const le = lineEndIdx < 0 ? text.length : lineEndIdx;
      // lines of text are counted, blank ones (a column's paragraph break) are not
      if (g >= le) continue;
      lines++;
      const c = code(text, g);
      let hit: { factor: number; end: number } | null = null;
      if (isLetterCode(c)) hit = enScaleAt(text, g);
      else if (c === 0x4e07 || c === 0x4ebf) hit = zhScaleAt(text, g);
      if (hit) {
        // a stacked row's unit line (`万千瓦时⏎405,600`) is the scale of the values below it
        if (unitLineOverValues(text, g, le)) return null;
        if (this.used.has(g)) continue;
        this.used.add(g);
        // `5.6⏎⏎万余名`: 余 or 多 after the scale makes it `over`, and the noun follows it
        const infix = QUALIFIER_INFIX.matchForward(text, hit.end);
        return infix ? { factor: hit.factor, end: infix.end, over: true } : { ...hit, over: false };
      }
      // `RMB 3.187⏎⏎2.042 billion⏎⏎billion`: another column's number with its own scale stands between
      if (isDigitCode(c) && scaledNumberLine(text, g, le)) continue;
      for (let k = g; k < le; k++) if (isDigitCode(code(text, k))) return null;
    }
    return null;
  }
}

/** Whether the line `[g, le)` is a number and its own scale word, nothing more (`2.042 billion`, `3.6 亿`). */
function scaledNumberLine(text: string, g: number, le: number): boolean {
  let k = g;
  while (k < le && (isDigitCode(code(text, k)) || code(text, k) === 0x2e || code(text, k) === 0x2c)) k++;
  k = skipGap(text, k, 0);
  const c = code(text, k);
  const hit = isLetterCode(c) ? enScaleAt(text, k) : c === 0x4e07 || c === 0x4ebf ? zhScaleAt(text, k) : null;
  return hit !== null && skipGap(text, hit.end, 0) >= le;
}

/** The unit or counted noun right after an orphan scale word (`million users`, `亿元`). */
export function orphanUnit(text: string, i: number): Unit | null {
  const g = skipGap(text, i, 0);
  if (isLetterCode(code(text, g))) {
    // `million tCO2e`: a measure from the unit table before any counted noun
    const unit = EN_UNIT_TABLE.matchForward(text, g, { newlines: false });
    if (unit && unit.value.kind === 'measure' && !isLetterCode(code(text, unit.end))) return unit.value;
    const noun = englishNoun(text, g)?.text;
    return noun ? { unit: noun, kind: 'count' } : null;
  }
  if (!isCjkCode(code(text, g))) return null;
  const unit = ZH_UNIT_TABLE.matchForward(text, g);
  if (unit && (unit.value.kind === 'currency' || unit.value.kind === 'measure')) return unit.value;
  const noun = zhCountedNoun(text, g, 8);
  return noun ? { unit: noun, kind: 'count' } : null;
}
