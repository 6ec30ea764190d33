import { codeAt as code, isDigitCode, isLetterCode, lastCodeAfter } from './normalize';
import { lineStartWithin } from './lines';

// `Parcels delivered  486.2m  up 6.4%`, `Average stop spacing  412m`: a highlights page's line, its
// label, a column gap, then a number with a bare `m` glued that ends its cell. Without a currency an
// `m` may be metres or millions; the label decides: one naming a length reads metres, any other
// millions (journeys, miles run, parcels, visits are counted in millions on such a page).

/** Words of a label that name a length, so its figure's glued `m` is metres. */
const LENGTH_LABEL = /\b(?:length|long|spacing|distance|height|high|tall|depth|deep|width|wide|elevation|altitude|level|rise|radius|diameter|span|thickness|thick|clearance|headroom|setback)\b/i;

/** `(2023/24: `, `(FY24: `: an earlier period's value opening in brackets. */
const PRIOR_PERIOD = /^\((?:FY\s?)?\d{2,4}(?:[/-]\d{2})?\s*:\s*$/i;

/** How far back a label may reach on its line. */
const LABEL_REACH = 80;

/**
 * The reading of the `m` glued at `m` to the number at `numStart` when both stand as a label line's
 * cell: `millions`, `metres`, or null when it is no such cell (prose, a code, a unit word).
 */
export function labelLineM(text: string, numStart: number, m: number): 'millions' | 'metres' | null {
  if (text.charCodeAt(m) !== 0x6d) return null;
  const a = code(text, m + 1);
  const ls = lineStartWithin(text, numStart, LABEL_REACH);
  if (ls < 0) return null;
  // or an earlier period's value in brackets after the row's figure (`412m   (2023/24: 405m)`)
  const open = a === 0x29 ? lastCodeAfter(text, 0x28, numStart, ls) : -1;
  const prior = open > ls && PRIOR_PERIOD.test(text.slice(open, numStart));
  if (!prior && !(a === -1 || a === 0x0a || a === 0x0d || a === 0x09 || (a === 0x20 && (code(text, m + 2) === 0x20 || code(text, m + 2) === 0x0a)))) return null;
  const b = code(text, prior ? open - 1 : numStart - 1);
  if (!(b === 0x09 || (b === 0x20 && code(text, (prior ? open : numStart) - 2) === 0x20))) return null;
  const cellStart = prior ? open : numStart;
  let s = ls;
  while (s < cellStart && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  if (!isLetterCode(code(text, s))) return null;
  // the label: the line's first cell
  let e = s;
  while (e < cellStart && !(text.charCodeAt(e) === 0x09 || (text.charCodeAt(e) === 0x20 && text.charCodeAt(e + 1) === 0x20))) e++;
  const label = text.slice(s, e);
  for (let k = e; k < cellStart; k++) {
    // cells between label and number are other figures of the row, never words
    if (isLetterCode(code(text, k)) && !(k > 0 && isDigitCode(code(text, k - 1)))) return null;
  }
  return LENGTH_LABEL.test(label) ? 'metres' : 'millions';
}
