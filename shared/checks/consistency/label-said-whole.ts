// A key table's row or a key line of few words (`Revenue   RMB million   739.4`, `Sales: £53.97m`) restated in running
// text at another scale, rounded as it slipped (a letter's `In 2024 the Company earned revenue of RMB7.39 billion`,
// `Sales grew to £540m`): the text's clause before its figure says the row's label whole and nothing besides but the
// words that say it was earned or moved (`earned`, `rose to`, `was`), the reporter (`the Company`, `we`) and the year.
// A clause that says one more noun (`cargo and mail revenue`, `revenue from exports`) speaks of a part, not the row.

import { isTableFigure } from '../readers/figure-facts';
import { cellPlaces, ownLabel, tableBlocks } from '../readers/table-blocks';
import { isKeyLine } from './agreement';
import { metricTokens } from './metric-tokens';
import type { DocFigure } from '../types';

/** How far back in its sentence a figure's clause is read. */
const CLAUSE_REACH = 80;

/** The most words a row label is read with: more are a sentence, not a label. */
const LABEL_WORDS = 3;

/**
 * Whether `said`, a figure of running text in English, is the labelled figure `labelled` (a table cell or a key line's
 * figure) said whole: every word of the label, one at least, in the clause before `said`, and no other word there but
 * `FILLER`, a verb's past (`earned`, `generated`), a currency code and a year.
 */
export function labelSaidWhole(labelled: DocFigure, said: DocFigure): boolean {
  if (labelled.doc !== said.doc || isTableFigure(said) || isKeyLine(said.doc.text, said.figure)) return false;
  const label = labelOf(labelled);
  if (label === undefined) return false;
  const words = metricTokens(label).filter((t) => !t.startsWith('n:') && !/^\d/.test(t));
  if (words.length === 0 || words.length > LABEL_WORDS) return false;
  const clause = clauseOf(said);
  if (clause === undefined) return false;
  const named = new Set<string>();
  for (const word of clause.match(/[A-Za-z][A-Za-z'-]*/g) ?? []) {
    const lower = word.toLowerCase();
    const tokens = metricTokens(lower);
    if (tokens.length > 0 && tokens.every((t) => words.includes(t))) tokens.forEach((t) => named.add(t));
    else if (tokens.length > 0 && !FILLER.has(lower) && !CURRENCY_CODE.test(word) && !PAST.test(lower)) return false;
  }
  return words.every((t) => named.has(t));
}

/** A table cell's row label, its breakdown opening aside, or a key line's label; undefined for any other figure. */
export function labelOf(f: DocFigure): string | undefined {
  if (isTableFigure(f)) {
    const place = cellPlaces(f.doc).get(f.index);
    const row = place && tableBlocks(f.doc)[place.block]!.find((r) => r.cells.some((c) => c?.index === f.index));
    return row && !row.header && /^[A-Za-z]/.test(row.label) ? ownLabel(row.label).replace(/\([^)]*\)/g, ' ').replace(AS_AT, '') : undefined;
  }
  if (!isKeyLine(f.doc.text, f.figure)) return undefined;
  const { text } = f.doc;
  const label = text.slice(text.lastIndexOf('\n', f.figure.start - 1) + 1, f.figure.start).replace(/[:：]\s*$/, '');
  return /^[A-Za-z][A-Za-z ()-]*$/.test(label.trim()) ? label.replace(/\([^)]*\)/g, ' ') : undefined;
}

/**
 * A balance's date closing its row label (`Pledge book at 31 March`, `Loans outstanding as at 31 December`, `Deposits at year
 * end`): when the balance is read, said by the column's year, not what it measures; the text says it after its figure, if at all.
 */
const AS_AT = /\s+(?:as\s+)?(?:at|of)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|(?:the\s+)?(?:year|period)[\s-]end)\s*$/i;

/** The clause of running text before a figure: from the last clause mark of its sentence (or `CLAUSE_REACH` back), numbers and percentages aside. */
function clauseOf(f: DocFigure): string | undefined {
  const { text } = f.doc;
  const before = text.slice(Math.max(f.figure.sentence.start, f.figure.start - CLAUSE_REACH), f.figure.start);
  if (/[\u3400-\u9fff]/.test(before)) return undefined;
  let from = 0;
  for (const m of before.matchAll(/[,;:.!?](?!\d)|\n\n/g)) from = m.index + m[0].length;
  return before.slice(from).replace(/\d[\d,.]*%?/g, ' ');
}

/** A currency's code or sign written as a word before an amount (`RMB`, `GBP`, `US`). */
const CURRENCY_CODE = /^[A-Z]{2,3}$/;

/** A past form (`earned`, `generated`, `totalled`): the verb that says the amount came in, not what it is. */
const PAST = /^[a-z]{3,}ed$/;

/** Words that say who, when and how an amount moved, not what it measures. */
const FILLER = new Set(
  (
    'a an the in of on to at by for from with this that its our we us it is was were be been has have had ' +
    'company group business year rose grew fell came made reached reach totalled totaled total amounted stood ' +
    'up down increase increasing rising growing about around approximately some nearly almost over under more less than just ' +
    'some roughly'
  ).split(' '),
);

/**
 * The digits of an amount written whole before a scale word with a zero it ends on (`GBP 540 million`, `£540m`), three:
 * the zero may be the third digit it was rounded to (539.7 million), as `54.0亿元` writes it; else undefined.
 */
export function scaledWholeDigits(f: DocFigure): string | undefined {
  const written = WHOLE_SCALED.exec(f.figure.text)?.[1];
  if (written === undefined || f.figure.value / Number(written) < 1000) return undefined;
  return written;
}

/** Three digits, the last a zero, with no point (`540` of `GBP 540 million`). */
const WHOLE_SCALED = /(?<![\d.,])([1-9]\d0)(?![\d.,])/;
