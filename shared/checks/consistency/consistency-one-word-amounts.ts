// An English amount of running text whose metric is one word (`revenue reached NOK 17.2 billion`, read as `and
// revenue`): too short to be grouped by its words, and `revenue` names half a report's figures. It restates only the
// statements of its document named by that word alone, the reporter's aside (`Group revenue grew 9.7% to NOK 17,020
// million`, a Total row read for its caption `Revenue by segment`), in its currency and year, within a rounding's reach
// of it (a scale slipped is the scale restatements' to say, unless it slipped as it was rounded: `A$2.41 million` of
// A$24.09 million): a segment's revenue (`Farming revenue`) names more than the word.
// So is an amount whose sentence opens on its one word, its period aside (`Revenue for FY2025 was A$24.09 million`).

import { samePeriodKey } from '../../metrics/index';
import { metricTokens, REPORTER } from './metric-tokens';
import { isScaleSlip } from './agreement';
import { sameDigitsRounded, significantDigits } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { type DocFigure } from '../types';

/**
 * A metric of one word after the word that joins its clause to the one before (`and revenue`, `while EBITDA`): the subject of
 * a clause after the reporter's own (`We harvested 146,460 tonnes of salmon, and revenue reached …`). A sentence opening on the
 * word (`Sales were EUR 5,240.0 million`) is read by the scale restatements (scale-restatements.ts).
 */
const ONE_WORD = /^(?:and|while|but|whereas)\s+(?:(?:our|its|the|total)\s+)?([A-Za-z][A-Za-z-]*)$/i;

/** How far apart an amount said by one word and the statement it restates may be, as a ratio: a rounding, or a digit slipped or dropped. */
const ONE_WORD_REACH = 1.1;

/** A word naming more statements of one document than this, in one currency, is too common to pair an amount by. */
const MAX_NAMED = 12;

/** The one token an English running-text amount's metric, a clause's subject, names it by (`revenu` of `and revenue`), else undefined. */
export function oneWordAmount(figure: DocFigure['figure'], currency: boolean): string | undefined {
  if (!currency || /[\u3400-\u9fff]/.test(figure.metric ?? '')) return undefined;
  const word = ONE_WORD.exec((figure.metric ?? '').trim())?.[1];
  const tokens = metricTokens(word);
  return tokens.length === 1 ? tokens[0] : undefined;
}

/**
 * The one token of an English running-text amount whose sentence opens on its metric of one word, its period aside (`Revenue
 * for FY2025 was A$24.09 million`, `Sales in 2024 were EUR 5.24 billion`): the sentence's subject, read as `and revenue` is;
 * else undefined.
 */
export function openingWordAmount(s: Statement): string | undefined {
  if (s.table || s.keyLine || s.zh || s.tokens.length !== 1 || !s.dimension.startsWith('currency:')) return undefined;
  const { text } = s.at.doc;
  const { sentence, start } = s.at.figure;
  // (from its line's start: a heading above it, `1.1 Revenue`, runs into its sentence)
  const opening = OPENING_WORD.exec(text.slice(Math.max(sentence.start, text.lastIndexOf('\n', start) + 1), start))?.[1];
  return opening !== undefined && metricTokens(opening)[0] === s.tokens[0] ? s.tokens[0] : undefined;
}

/** A sentence's first word. */
const OPENING_WORD = /^\s*([A-Za-z][A-Za-z-]*)\b/;

/**
 * Two amounts a power of ten apart whose digits agree at the rounder's precision, three at least (a letter's `revenue grew 6.9% to
 * A$2.41 million` against `Revenue for FY2025 was A$24.09 million`): one amount whose scale slipped as it was rounded, which the
 * scale restatements, reading digits alike or rounded to four, leave unsaid.
 */
function slippedRounded(a: Statement, b: Statement): boolean {
  const [da, db] = [significantDigits(a.at.figure.text), significantDigits(b.at.figure.text)];
  return da !== undefined && db !== undefined && da.length !== db.length && isScaleSlip(a.figure.value, b.figure.value) && sameDigitsRounded(da, db);
}

/** A statement's tokens without the reporter's name: `group revenue` is `revenue`. */
const named = (s: Statement) => s.tokens.filter((t) => !REPORTER.has(t));

/**
 * Pairs each English running-text amount read by one word (`oneWord`, for the figures read so) with the statements of its
 * document in its currency named by that word alone, of its year and near its value.
 */
export function oneWordAmountPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>, oneWord: (s: Statement) => string | undefined): void {
  const byWord = new Map<string, number[]>();
  const key = (s: Statement, word: string) => `${s.at.doc.name}\u0000${s.dimension}\u0000${word}`;
  statements.forEach((s, i) => {
    if (s.zh || s.olderYear || s.prior || s.rate || !s.dimension.startsWith('currency:')) return;
    const words = named(s);
    if (words.length !== 1) return;
    const list = byWord.get(key(s, words[0]!));
    if (list) list.push(i);
    else byWord.set(key(s, words[0]!), [i]);
  });
  statements.forEach((s, i) => {
    const word = s.table || s.zh || s.prior ? undefined : oneWord(s);
    if (word === undefined) return;
    const candidates = byWord.get(key(s, word)) ?? [];
    // (a word naming many statements of a document names no one amount: as consistency.ts's MAX_POSTING, it proposes none)
    if (candidates.length > MAX_NAMED) return;
    for (const j of candidates) {
      const other = statements[j]!;
      const [a, b] = [s.figure.value, other.figure.value];
      if (j === i || !samePeriodKey(s.period, other.period) || (s.at.figure.scope ?? '') !== (other.at.figure.scope ?? '')) continue;
      if (!(a > 0 && b > 0) || (Math.max(a, b) / Math.min(a, b) > ONE_WORD_REACH && !slippedRounded(s, other))) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(a / b)) || 0 });
    }
  });
}
