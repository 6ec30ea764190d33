// Restatements that word their verb phrase freely: the same number of the same counted noun (`5 万个
// 乡村服务站`, `1.2 billion users`) with another word of the metric in common.

import { metricTokens } from './metric-tokens';
import { writtenNumber } from '../readers/precision';
import { scaleSlipped } from './consistency-scale-slips';
import { type Statement } from './consistency-statements';
import { pairsOf } from './consistency-words';
import { ourVerb } from './consistency-our-verb';
import { significantDigits } from '../readers/precision';

/**
 * Restatements word their verb phrase freely (`菜鸟在全国建立了近 5 万个乡村服务站`, `菜鸟已建成 5 万个
 * 乡村服务站`; a heading `serving 1.2 billion users worldwide` over `have served over 1.2 billion
 * users worldwide`): the same number of the same counted noun, with another word of the metric in
 * common, is one claim restated — and its qualifiers must agree.
 */
export function sameCountedThing(a: Statement, b: Statement): boolean {
  const na = nounOf(a);
  const nb = nounOf(b);
  if (na === undefined || nb === undefined || !(na.startsWith(nb) || nb.startsWith(na))) return false;
  // only the same number restated: a number in words (`上千万`, `十亿`) is a manner of speaking
  const digits = writtenNumber(a.at.figure.text);
  if (!scaleSlipped(a, b) && (digits === undefined || digits !== writtenNumber(b.at.figure.text) || a.figure.value !== b.figure.value)) return false;
  const nounPairs = new Set([...pairsOf(na), ...pairsOf(nb), ...metricTokens(na), ...metricTokens(nb)]);
  const before = (s: Statement) => s.tokens.filter((t) => !t.startsWith('n:') && !nounPairs.has(t));
  const other = new Set(before(b));
  return before(a).some((t) => other.has(t));
}

/**
 * A count restated with its scale slipped (`scaleSlipped`) whose counted noun is the other's metric, one
 * word aside (`The 1,260 electric trucks we delivered` of `our electric truck volumes grew … to 12,600 units`
 * or a row `Electric trucks  12,600`): the noun of two words at least says what the other counts. Written
 * alike (`4,286` and a cell `4,286`), the power of ten is a scale read from elsewhere (a caption), not the writer's slip.
 */
export function nounNamesMetric(a: Statement, b: Statement): boolean {
  const noun = nounOf(a);
  if (noun === undefined || writtenNumber(a.at.figure.text) === writtenNumber(b.at.figure.text)) return false;
  const words = metricTokens(noun);
  const others = b.tokens.filter((t) => !words.includes(t));
  return words.length >= 2 && words.every((t) => b.tokens.includes(t)) && others.length <= 1;
}

/**
 * A count the report says it did itself, restated with its scale slipped (`scaleSlipped`), and a row that names it by its noun
 * and verb alone (`we collected 412 thousand used mattresses` of `Mattresses collected  number  41,200`): the row's words are
 * the verb's and the counted noun's, the verb's among them. Three significant digits at least: 12 and 120 may be two counts.
 */
export function ourDeedNamesRow(said: Statement, row: Statement): boolean {
  const noun = nounOf(said);
  if (said.zh || noun === undefined || row.tokens.length < 2 || (significantDigits(said.at.figure.text)?.length ?? 0) < DEED_DIGITS) return false;
  const verb = ourVerb(said.at.doc, said.at.index);
  if (verb === undefined) return false;
  const verbWords = metricTokens(verb);
  const words = new Set([...verbWords, ...metricTokens(noun)]);
  return row.tokens.every((t) => words.has(t)) && verbWords.some((t) => row.tokens.includes(t));
}

/** The fewest significant digits of a slipped count read by its verb and noun (`ourDeedNamesRow`). */
const DEED_DIGITS = 3;

/** The counted noun of a statement (`乡村服务站`, `users`), when it has one of two characters or more. */
export function nounOf(s: Statement): string | undefined {
  if (!s.zh) return /^[a-z][a-z -]+$/i.test(s.at.figure.unit) ? s.at.figure.unit.toLowerCase() : undefined;
  const noun = s.tokens.find((t) => t.startsWith('n:'))?.slice(2);
  return noun !== undefined && noun.length >= 2 ? noun : undefined;
}
