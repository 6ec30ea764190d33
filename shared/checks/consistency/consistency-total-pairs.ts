// Statements paired by what they count rather than by their words: a text total and its table's total
// row, a round bound (`超过7万名员工`, `More than 4,300 farmer shareholders`) and the count it bounds. Each
// pairs through a map, per document.

import { samePeriodKey } from '../../metrics/index';
import { direction, plausiblySame } from './agreement';
import { ENGLISH_NOUN, metricTokens, nounKey, sameNoun } from './metric-tokens';
import { significantDigits } from '../readers/precision';
import { EN_BOUND_WORDS, ZH_BOUND_WORDS } from '../readers/markers';
import { IN_ALL_AFTER, type Statement } from './consistency-statements';
import { hanOf, totalOf } from './consistency-words';
import { nounOf } from './consistency-counted-thing';
import { nounsOpening } from './consistency-counted-in-all';
import { pastVerb } from './consistency-our-verb';
import { boundsHeadcount, countsFullTimeEquivalents, countsHeadcount, HEADCOUNT, HEADCOUNT_RATIO, ourCount } from './consistency-headcount';
import { cellPlaces, SUBROW, tableBlocks } from '../readers/table-blocks';

/**
 * Said of one year and scope: the same period and scope, and a statement of no year of its own (of the
 * report's year) never restates a cell of an earlier column.
 */
function sameYearAndScope(s: Statement, other: Statement): boolean {
  return samePeriodKey(s.period, other.period) && !(s.period === undefined && other.olderYear) && (s.at.figure.scope ?? '') === (other.at.figure.scope ?? '');
}

/**
 * A total said in the text (`员工总数175,630人`) restates its table's total row under the column that
 * counts the same thing (`合计` under `员工人数`): the words differ, the thing counted is one. Two text
 * totals of one noun (`截至2024年末，公司共有员工15,342人` in a letter and again in its section) are one
 * total said twice; a count of the noun said alone (`为6,428名员工创造价值`) is that total only when it says
 * its very value. Paired through a map of what is counted, per document: linear in the statements.
 */
export function totalPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, number[]>();
  const texts = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (s.stem !== undefined) push(s.table ? cells : texts, `${s.at.doc.name}\u0000${s.stem}`, i);
  });
  // a count of the noun said alone (`我们的8,352名员工`) restates a total of it only with its very value
  statements.forEach((s, i) => {
    if (s.alone === undefined) return;
    for (const noun of nounsOpening(s.alone)) {
      const key = `${s.at.doc.name}\u0000${noun}`;
      for (const j of [...(texts.get(key) ?? []), ...(cells.get(key) ?? [])]) {
        const total = statements[j]!;
        if (j !== i && total.figure.value === s.figure.value && total.dimension === s.dimension && sameYearAndScope(s, total)) pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: 0 });
      }
    }
  });
  if (texts.size === 0) return;
  const pair = (i: number, j: number) => {
    const [s, other] = [statements[i]!, statements[j]!];
    if (other.dimension !== s.dimension || !sameYearAndScope(s, other) || !plausiblySame(s.figure.value, other.figure.value, false)) return;
    pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / other.figure.value)) || 0 });
  };
  for (const [key, list] of texts)
    list.forEach((i, n) => {
      for (const j of cells.get(key) ?? []) pair(i, j);
      // (a text total of no year of its own is not paired with another: either may be a year before)
      for (const j of list.slice(0, n)) if (statements[i]!.period !== undefined && statements[i]!.at.figure.sentence.start !== statements[j]!.at.figure.sentence.start) pair(j, i);
    });
}

/**
 * A round count said as a lower bound (`集团超过7万名员工扎根矿区`) bounds the count its noun totals in the
 * same document (`员工总数 68,420`, the latest year's): a part never outnumbers its whole, so a bound
 * above the total is a slip, whatever else the sentence says of them; an upper bound (`公司员工近12.5万人`)
 * below the total (125,660) is one too. Paired through a map of what
 * is totalled, per document: linear in the statements.
 */
export function boundPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const totals = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (!s.zh || s.dimension !== 'count' || s.olderYear || s.prior || direction(s.figure.qualifier) !== 'none') return;
    // (a text count said as all of its noun, `共有员工5,912人`, totals it too)
    const stem = totalOf(s.at.figure.metric) ?? (s.table ? undefined : s.stem);
    if (stem === undefined) return;
    const key = `${s.at.doc.name}\u0000${stem}`;
    const list = totals.get(key);
    if (list) list.push(i);
    else totals.set(key, [i]);
  });
  if (totals.size === 0) return;
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'count' || (s.figure.qualifier !== 'over' && s.figure.qualifier !== 'nearly') || (significantDigits(s.at.figure.text)?.length ?? 9) > BOUND_DIGITS) return;
    // the counted noun opens the words after the figure (`名` ends it): `员工` of `员工扎根矿区`; or, none after, ends the words before its bound (`公司员工近12.5万人`)
    const { text } = s.at.doc;
    const after = HAN_RUN.exec(text.slice(s.at.figure.end, s.at.figure.end + NOUN_REACH))?.[0] ?? '';
    const before = after ? '' : (HAN_RUN_END.exec(text.slice(Math.max(0, s.at.figure.start - NOUN_REACH - 2), s.at.figure.start))?.[1] ?? '');
    const nouns = after ? Array.from({ length: after.length - 1 }, (_, n) => after.slice(0, n + 2)) : Array.from({ length: Math.max(0, before.length - 1) }, (_, n) => before.slice(before.length - n - 2));
    for (const noun of nouns)
      for (const j of totals.get(`${s.at.doc.name}\u0000${noun}`) ?? []) {
        const total = statements[j]!;
        if (j === i || !samePeriodKey(s.period, total.period) || (s.at.figure.scope ?? '') !== (total.at.figure.scope ?? '') || !plausiblySame(s.figure.value, total.figure.value, false)) continue;
        // a `近` bound is paired only with a total above it: one it agrees with would join the bound to the group of another
        // bound of the total (`超过7万名`) and say two slips as one
        if (s.figure.qualifier === 'nearly' && !(total.figure.value > s.figure.value)) continue;
        pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / total.figure.value)) || 0 });
      }
  });
}

/**
 * Two Chinese round bounds of one number said opposite ways of one counted noun (`爱心网友` over `近3,100万人次` in the highlights,
 * `超过3,100万名爱心网友` in the text): one count, its qualifier turned. The noun, of three characters at least, is each one's counted
 * noun or ends its metric before its measure word (a highlights label over its figure); the measure word is one, or `近` counts
 * person-times where `超过` counts persons (there are never fewer visits than people). Paired through a map of numbers, per document.
 */
export function chineseTurnedBounds(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const bounds = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'count' || direction(s.figure.qualifier) === 'none' || (significantDigits(s.at.figure.text)?.length ?? 9) > BOUND_DIGITS) return;
    const key = `${s.at.doc.name}\u0000${s.figure.value}`;
    for (const j of bounds.get(key) ?? []) if (turnedOfOneNoun(statements[j]!, s)) pairs.push({ i: j, j: i, distance: 0 });
    push(bounds, key, i);
  });
}

/** Two Chinese bounds said opposite ways of one noun and, or persons against person-times, one measure word (`chineseTurnedBounds`). */
function turnedOfOneNoun(a: Statement, b: Statement): boolean {
  const [wa, wb] = [direction(a.figure.qualifier), direction(b.figure.qualifier)];
  if (wa === wb || !samePeriodKey(a.period, b.period) || (a.at.figure.scope ?? '') !== (b.at.figure.scope ?? '')) return false;
  const [up, down] = wa === 'up' ? [a, b] : [b, a];
  if (up.at.figure.unit !== down.at.figure.unit && !(PERSONS.has(up.at.figure.unit) && down.at.figure.unit === PERSON_TIMES)) return false;
  return [nounOf(a), nounOf(b)].some((noun) => noun !== undefined && noun.length >= NOUN_CHARS && countsNoun(a, noun) && countsNoun(b, noun));
}

/** Measure words of persons, and of person-times. */
const PERSONS = new Set(['人', '名', '位']);
const PERSON_TIMES = '人次';

/** How long a Chinese noun is to name one count whatever else is said of it. */
const NOUN_CHARS = 3;

/** A Chinese count's noun is `noun`, or its metric, its measure word aside, ends in it (`爱心网友` of `爱心网友 人次`). */
function countsNoun(s: Statement, noun: string): boolean {
  const [metric, unit] = [hanOf(s.at.figure.metric), s.at.figure.unit];
  return nounOf(s) === noun || (metric.endsWith(unit) ? metric.slice(0, metric.length - unit.length) : metric).endsWith(noun);
}

/**
 * A round count said as a bound in English (`More than 4,300 farmer shareholders own Tarawera`, `nearly
 * 5,000 independent smallholders`) bounds the exact count of the same noun in the same document
 * (`Farmer shareholders: 4,286`; `…smallholders: 4,862 at year end`, the count a colon gives the noun
 * just said): `more than` above the count, or `nearly` below it, is a slip. Paired through a map of
 * counted nouns, per document: linear in the statements.
 */
export function englishBoundPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const counts = new Map<string, number[]>();
  // the documents stating their headcount in a table row or key figure, and the rows of full-time equivalents of each
  const labelled = new Set<string>();
  const fullTime = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (s.zh || s.dimension !== 'count' || s.olderYear || s.prior || direction(s.figure.qualifier) !== 'none') return;
    const noun = s.captionTotal === undefined && !s.headcount ? countedNoun(s) : undefined;
    if (noun !== undefined) push(counts, `${s.at.doc.name}\u0000${noun}`, i);
    for (const whole of s.table ? [] : nounsInAll(s)) push(counts, `${s.at.doc.name}\u0000${whole}`, i);
    if (countsHeadcount(s.at.doc, s.at.figure, { table: s.table, captionTotal: s.captionTotal })) {
      push(counts, `${s.at.doc.name}\u0000${HEADCOUNT}`, i);
      if (s.table || s.keyLine) labelled.add(s.at.doc.name);
    } else if (countsFullTimeEquivalents(s.at.doc, s.at.figure, s.table)) push(fullTime, s.at.doc.name, i);
    const rows = s.captionTotal === undefined ? undefined : rowsAdded(s);
    if (rows !== undefined) push(counts, `${s.at.doc.name}\u0000${ROWS}${rows}`, i);
    const done = (s.table || s.keyLine) && s.at.figure.unit === '' ? NOUN_THEN_PARTICIPLE.exec((s.at.figure.metric ?? '').trim()) : null;
    if (done) push(counts, `${s.at.doc.name}\u0000${DONE}${nounKey(done[1]!)}\u0000${doneKey(done[2]!.toLowerCase())}`, i);
  });
  // a report stating its people in full-time equivalents alone, in no row of their headcount, gives its headcount so
  for (const [doc, rows] of fullTime) if (!labelled.has(doc)) for (const i of rows) push(counts, `${doc}\u0000${HEADCOUNT}`, i);
  // an exact count of `our` people in running text (`our 11,240 employees`) restates the headcount stated elsewhere: a rounding's reach of it
  statements.forEach((s, i) => {
    if (s.zh || s.table || s.keyLine || !s.headcount || !ourCount(s.at.doc, s.at.figure)) return;
    for (const j of counts.get(`${s.at.doc.name}\u0000${HEADCOUNT}`) ?? []) {
      const count = statements[j]!;
      const [a, b] = [s.figure.value, count.figure.value];
      // (or its digits a power of ten off, `we had 17.6 lakh associates` of 1,76,000: a slip of scale to set beside it)
      if (j === i || !sameYearAndScope(s, count) || (Math.max(a, b) / Math.min(a, b) > HEADCOUNT_RATIO && !scaledDigits(a, b))) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(a / b)) || 0 });
    }
  });
  // each bound by its noun and number: a bound said the other way of the same number is the same count turned
  const bounds = new Map<string, number[]>();
  statements.forEach((s, i) => {
    if (s.zh || s.table || s.dimension !== 'count' || direction(s.figure.qualifier) === 'none' || (significantDigits(s.at.figure.text)?.length ?? 9) > 2 || !ENGLISH_NOUN.test(s.at.figure.unit)) return;
    const noun = `${s.at.doc.name}\u0000${nounKey(s.at.figure.unit)}`;
    turnedBounds(statements, i, bounds, `${noun}\u0000${s.figure.value}`, pairs, !s.headcount && metricTokens(s.at.figure.unit).length >= 2);
    const countsOf = (key: string, near: (a: number, b: number) => boolean) => {
      for (const j of counts.get(key) ?? []) {
        const count = statements[j]!;
        if (!samePeriodKey(s.period, count.period) || (s.at.figure.scope ?? '') !== (count.at.figure.scope ?? '') || !near(s.figure.value, count.figure.value)) continue;
        if (subjectCounted(count) !== undefined && !saysMoreOfIt(s, count)) continue;
        pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / count.figure.value)) || 0 });
      }
    };
    // (a bound said in its noun alone, `serve more than 1,200 customers`, names a count only at a rounding's reach of it: `more than
    // 200 suppliers` is not the 150 audited)
    if (!s.headcount) countsOf(noun, s.tokens.length === 0 ? rounding : (a, b) => plausiblySame(a, b, false));
    // a noun that names things in turn (`employees and contractors`) bounds the Total row adding rows of those names: a rounding of it
    if (LISTED.test(s.at.figure.unit)) countsOf(`${s.at.doc.name}\u0000${ROWS}${wordsKey(s.at.figure.unit)}`, rounding);
    // a bound said by the verb a row's participle says of its noun (`our volunteers planted more than 12,000 trees`, the row `Trees planted`):
    // that row's count, at a rounding's reach of it
    const verb = VERB_THEN_BOUND.exec(s.at.doc.text.slice(Math.max(s.at.figure.sentence.start, s.at.figure.start - VERB_REACH), s.at.figure.start))?.[1];
    if (verb !== undefined && pastVerb(verb.toLowerCase())) countsOf(`${s.at.doc.name}\u0000${DONE}${nounKey(s.at.figure.unit)}\u0000${doneKey(verb.toLowerCase())}`, rounding);
    // the company's people, whatever noun says them: only a rounding of the exact count (`people` may take in contractors)
    if (!boundsHeadcount(s.at.doc, s.at.figure)) return;
    const headcount = `${s.at.doc.name}\u0000${HEADCOUNT}`;
    turnedBounds(statements, i, bounds, `${headcount}\u0000${s.figure.value}`, pairs, true);
    countsOf(headcount, (a, b) => Math.max(a, b) / Math.min(a, b) <= HEADCOUNT_RATIO);
  });
}

/** The key a row of a noun and what was done to it (`Trees planted`) is paired under, beside its noun's. */
const DONE = '\u0001done\u0000';

/** A row label of a plural noun and a past participle (`Trees planted`, `Meals donated`, `Vehicles sold`): the noun and the participle. */
const NOUN_THEN_PARTICIPLE = /^([A-Z][a-z]+s)\s+([a-z]{3,}ed|sold|built|made|grown|given|won)$/;

/** A past verb right before a bound (`planted more than`, `donated nearly`): the verb. */
const VERB_THEN_BOUND = new RegExp(String.raw`\b([a-z]{3,}ed|sold|built|made|grew|gave|won)\s+(?:well\s+over|just\s+(?:over|under)|${EN_BOUND_WORDS})\s*$`, 'i');

/** A past tense whose participle is another word (`grew`, the row `Saplings grown`): both key a row by the participle. */
const PARTICIPLE_OF: ReadonlyMap<string, string> = new Map([
  ['grew', 'grown'],
  ['gave', 'given'],
]);
const doneKey = (verb: string) => PARTICIPLE_OF.get(verb) ?? verb;

/** How far back from a bound its verb is read. */
const VERB_REACH = 40;

/** The key a Total row's cell is paired under by the rows it adds, beside its noun's. */
const ROWS = '\u0001rows\u0000';

/** A counted noun naming two or three things in turn (`employees and contractors`, `mines, plants and offices`). */
const LISTED = /\s(?:and|&)\s/i;

/** Words in no order, each once: a list's key however its items are ordered (`contractors and employees`, rows `Employees`, `Contractors`). */
const wordsKey = (words: string) => [...new Set(metricTokens(words))].sort().join(' ');

/** How many rows a Total may add to be named by a noun listing them. */
const LISTED_ROWS = 3;

/**
 * A bare Total row's cell, the rows above it in its block it adds (`Employees  22,486`, `Contractors  9,376` over `Total  31,862`),
 * two or three of them with a cell in its column, none a part of another (`of which …`): their labels' words, in no order.
 */
function rowsAdded(s: Statement): string | undefined {
  const { doc, index } = s.at;
  const place = cellPlaces(doc).get(index);
  const rows = place && tableBlocks(doc)[place.block];
  if (!rows) return undefined;
  const at = rows.findIndex((r) => r.cells.some((c) => c?.index === index));
  const column = at < 0 ? -1 : rows[at]!.cells.findIndex((c) => c?.index === index);
  if (column < 0) return undefined;
  const labels: string[] = [];
  for (const row of rows.slice(0, at)) {
    if (row.header || !row.cells[column]) continue;
    if (SUBROW.test(row.label)) return undefined;
    labels.push(row.label);
  }
  return labels.length >= 2 && labels.length <= LISTED_ROWS ? wordsKey(labels.join(' ')) : undefined;
}

/** Two counts of the same digits a power of ten apart, to a rounding of three digits (`17.6 lakh`, 1,76,000). */
const scaledDigits = (a: number, b: number): boolean => {
  const power = Math.round(Math.log10(a / b));
  return power !== 0 && Number.isFinite(power) && Math.abs(a / 10 ** power - b) <= SCALED_ROUNDING * b;
};
const SCALED_ROUNDING = 0.005;

/** A round bound's reach of the exact count it rounds (`more than 1,200` of 1,186). */
const rounding = (a: number, b: number) => Math.max(a, b) / Math.min(a, b) <= HEADCOUNT_RATIO;

/**
 * The subject a count with no unit counts when its metric is that subject and a past verb (`Women held
 * 142 of the 1,486 management positions`: women), else undefined.
 */
function subjectCounted(s: Statement): string | undefined {
  const { figure } = s.at;
  if (figure.unit !== '' || s.table || s.keyLine) return undefined;
  const m = SUBJECT_VERB.exec(figure.metric ?? '');
  return m && pastVerb(m[2]!.toLowerCase()) ? nounKey(m[1]!) : undefined;
}

/** A subject and its verb, the whole of a metric (`Women held`). */
const SUBJECT_VERB = /^([A-Za-z]+)\s+([a-z]+)$/;

/** How far after a count its clause is read for what else it says of its subject. */
const SUBJECT_REACH = 60;

/**
 * A bound's words, its noun aside, say something the count's clause after it says too (`nearly 140 women
 * now hold management positions`, `Women held 142 of the 1,486 management positions`): a subject alone
 * (`women`) is counted of many things.
 */
function saysMoreOfIt(bound: Statement, count: Statement): boolean {
  const { text } = count.at.doc;
  const after = new Set(metricTokens(text.slice(count.at.figure.end, count.at.figure.end + SUBJECT_REACH)));
  const noun = new Set(metricTokens(bound.at.figure.unit));
  return bound.tokens.some((t) => !noun.has(t) && after.has(t));
}

/**
 * Two bounds of one counted noun and one round number said the other way (`nearly 32,000 employees and
 * contractors` in a letter, `More than 32,000 employees and contractors` at a glance): one count, its
 * qualifier turned. A noun of two words at least, or the company's people (`boundsHeadcount`): a bare
 * `people` names no one count.
 */
function turnedBounds(statements: readonly Statement[], i: number, bounds: Map<string, number[]>, key: string, pairs: Array<{ i: number; j: number; distance: number }>, namesOne: boolean): void {
  const s = statements[i]!;
  if (!namesOne) return;
  const list = bounds.get(key);
  for (const j of list ?? []) {
    const other = statements[j]!;
    if (direction(other.figure.qualifier) !== direction(s.figure.qualifier) && samePeriodKey(s.period, other.period) && (s.at.figure.scope ?? '') === (other.at.figure.scope ?? '')) pairs.push({ i: j, j: i, distance: 0 });
  }
  if (list) list.push(i);
  else bounds.set(key, [i]);
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * What an exact English count counts, when nothing else is said of it: its unit's noun, its metric
 * no more than that (`we had 4,286 supplying shareholders`), a label's words (`Farmer shareholders:
 * 4,286`, a table row), or the noun a figure just before it in its sentence names, a colon between
 * them (`nearly 5,000 independent smallholders: 4,862 at year end`).
 */
function countedNoun(s: Statement): string | undefined {
  const { doc, figure, index } = s.at;
  // (a count whose sentence says more of it than its noun may be a part: `oncology patient assistance: 86,400 patient visits`)
  if (figure.unit !== '') return ENGLISH_NOUN.test(figure.unit) && (sameNoun(figure.metric ?? '', figure.unit) || nounThenDate(doc.text, figure.end, figure.unit)) ? nounKey(figure.unit) : undefined;
  const before = doc.figures[index - 1];
  if (before && before.sentence.start === figure.sentence.start && ENGLISH_NOUN.test(before.unit)) {
    const between = doc.text.slice(before.end, figure.start).trim();
    if (between.endsWith(':') && sameNoun(between, before.unit)) return nounKey(before.unit);
  }
  return s.table || s.keyLine ? figure.metric && nounKey(figure.metric.replace(YEAR_END_LABEL, '').replace(SERVED_LABEL, '')) : subjectCounted(s);
}

/**
 * A row label's participle after its noun (`Premises served`, `Customers served`, `Moves completed`, `Patients treated`): what the
 * company did to the things counted, not another noun; the row counts its noun, as `we served more than 41,000 premises` does.
 */
const SERVED_LABEL = /(?<=[a-z]s)\s+(?:served|completed|handled|treated|visited|supported|reached|assisted|inspected)$/i;

/** A row label's closing date (`Shops at year end`, `Members at 31 December`): when the count is taken, not what it counts. */
const YEAR_END_LABEL = /\s+(?:at|by)\s+(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?year|31\s+(?:December|March))$/i;

/**
 * A count's noun and the date it stands at close its clause (`We served 1,186 customers at the end of 2024, in internet, financial
 * services …`): what the sentence says after the comma is said of all of them, not a part of them. Without a date a noun closing
 * its clause may be a list's part (`- oncology patient assistance: 86,400 patient visits;`).
 */
function nounThenDate(text: string, end: number, unit: string): boolean {
  const after = text.slice(end, end + NOUN_CLAUSE_REACH);
  const rest = after.replace(/^\s+/, '');
  return rest.startsWith(unit) && DATE_THEN_STOP.test(rest.slice(unit.length));
}

/** A date closing a count's clause after its noun (`at the end of 2024`, `at year end`, `in 2024`), then a comma or a stop. */
const DATE_THEN_STOP = /^\s+(?:(?:at|by)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+year|(?:19|20)\d{2})|year[- ]end)|in\s+(?:19|20)\d{2})\s*[,.;]/;

/** How many characters after a count its noun and date are read in. */
const NOUN_CLAUSE_REACH = 80;

/**
 * What a count said `in all` after the counts it adds up counts (`Nearly 40,000 people worked at our operations: 28,412 employees
 * (70.6%) and 11,846 contractors (29.4%), 40,258 in all`): the nouns of the counts together (`employees and contractors`) and the
 * noun said before the colon that opens them (`people`). None unless the counts add up to it.
 */
function nounsInAll(s: Statement): string[] {
  const { doc, figure, index } = s.at;
  if (figure.unit !== '' || !IN_ALL_AFTER.test(doc.text.slice(figure.end, figure.end + 12))) return [];
  const parts: string[] = [];
  let sum = 0;
  let k = index - 1;
  for (; k >= 0 && doc.figures[k]!.sentence.start === figure.sentence.start; k--) {
    const part = doc.figures[k]!;
    if (part.unit === '%') continue;
    if (!ENGLISH_NOUN.test(part.unit) || part.qualifier !== 'exact') break;
    parts.unshift(part.unit);
    sum += part.value;
  }
  if (parts.length < 2 || sum !== figure.value) return [];
  const nouns = [nounKey(parts.join(' and '))];
  // (the noun before the colon the counts follow, `Nearly 40,000 people worked …:`)
  const opening = doc.figures[k];
  const first = doc.figures[k + 1]!;
  if (opening && opening.sentence.start === figure.sentence.start && ENGLISH_NOUN.test(opening.unit) && doc.text.slice(opening.end, first.start).includes(':')) nouns.push(nounKey(opening.unit));
  return nouns;
}

/** Han characters opening a text, for a counted noun. */
const HAN_RUN = /^[\u3400-\u9fff]+/;

/** The most significant digits a Chinese bound is written with: a round figure (`7万`, `12.5万`). */
const BOUND_DIGITS = 3;

/** Han characters closing a text before a figure's bound words (`近`, `超过`, `突破`), for a counted noun said before it. */
const HAN_RUN_END = new RegExp(String.raw`([\u3400-\u9fff]+?)(?:${ZH_BOUND_WORDS})$`);

/** How many characters after a figure its counted noun is read from. */
const NOUN_REACH = 6;
