// Consistency: a metric stated more than once for the same period and scope — in one document or
// across the engagement's documents — must agree (see `agreement.ts`). Statements are grouped by
// their metric's words through an inverted index, so grouping costs the figures times a bounded
// number of neighbours, never all pairs; a word shared by very many figures (`users`) proposes no
// neighbours. Figures that merely share a number are never grouped: the metric must match.

import { samePeriodKey } from '../../metrics/index';
import { disagreement, type Disagreement } from './agreement';
import { genderBreakdownChecks } from './consistency-gender';
import { partShareChecks } from './consistency-part-shares';
import { show, writtenNumber } from '../readers/precision';
import { asCheckFigure, type Check, type CheckDocument } from '../types';
import { placeTerm, qualifierTerm, saying } from '../sayings';
import { nounOf } from './consistency-counted-thing';
import { echoedInTable, sameClaim, turnedBound } from './consistency-same-claim';
import { amountScaleSlipped, scaleSlipped } from './consistency-scale-slips';
import { type Statement, collect } from './consistency-statements';
import { totalPairs, boundPairs, chineseTurnedBounds, englishBoundPairs } from './consistency-total-pairs';
import { countShareRowPairs, longPartShareRowPairs, partShareRowPairs } from './consistency-count-share-rows';
import { echoedCellPairs } from './consistency-echoed-cells';
import { clauseShareRowPairs } from './consistency-clause-share-rows';
import { outputBoundPairs } from './consistency-output-bounds';
import { zhDeedRowPairs } from './consistency-zh-deed-rows';
import { passengerBoundPairs } from './consistency-passenger-bounds';
import { oneWordAmount, oneWordAmountPairs, openingWordAmount } from './consistency-one-word-amounts';
import { hanOf, reorderedWords } from './consistency-words';

/** A word on more figures than this is too common to propose neighbours. */
const MAX_POSTING = 32;

/** A group larger than this is a generic metric, not one claim restated. */
const MAX_GROUP = 12;

export function consistencyChecks(docs: readonly CheckDocument[]): Check[] {
  const statements = collect(docs);
  // (lists built by loops, no arrow made on each call for `map`: the optimised code calling it would be thrown away on the next)
  // (and indexed loops, not for-of: a function run once per engagement runs its loops unoptimised much of the time, where
  // for-of makes an iterator result per element, 20 MB a 50k engagement)
  const parent: number[] = [];
  for (let i = 0; i < statements.length; i++) parent.push(i);
  // each distinct token a number, and its statements (up to one past MAX_POSTING) by that number
  const tokenIds = new Map<string, number>();
  const postings: number[][] = [];
  const tokensOf: number[][] = [];
  for (let i = 0; i < statements.length; i++) {
    const ids: number[] = [];
    const tokens = statements[i]!.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      let id = tokenIds.get(t);
      if (id === undefined) {
        tokenIds.set(t, (id = postings.length));
        postings.push([]);
      }
      const list = postings[id]!;
      if (list.length <= MAX_POSTING) list.push(i);
      ids.push(id);
    }
    tokensOf.push(ids);
  }
  // statements of one kind of quantity, language and scope: only these can be one claim (`sameClaim`)
  // (numbered by language, then dimension, then scope: no key string built per statement)
  const kinds = [new Map<string, Map<string, number>>(), new Map<string, Map<string, number>>()];
  let kindCount = 0;
  const kind = new Int32Array(statements.length);
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const ofLanguage = kinds[s.zh ? 1 : 0]!;
    let byScope = ofLanguage.get(s.dimension);
    if (!byScope) ofLanguage.set(s.dimension, (byScope = new Map()));
    const scope = s.at.figure.scope ?? '';
    let id = byScope.get(scope);
    if (id === undefined) byScope.set(scope, (id = kindCount++));
    kind[i] = id;
  }
  // each statement's count of words, read the first time a pair needs it
  const words = new Int32Array(statements.length).fill(-1);
  const shared = new Int32Array(statements.length);
  const touched: number[] = [];
  const pairs: Array<{ i: number; j: number; distance: number }> = [];
  // where each token's statements after the one at hand begin (a list is in statement order)
  const after = new Int32Array(postings.length);
  const neighbourhood: Neighbourhood = { statements, tokensOf, postings, after, kind, words, shared, touched, pairs };
  for (let i = 0; i < statements.length; i++) pairNeighbours(neighbourhood, i);
  totalPairs(statements, pairs);
  boundPairs(statements, pairs);
  chineseTurnedBounds(statements, pairs);
  englishBoundPairs(statements, pairs);
  oneWordAmountPairs(statements, pairs, amountOfOneWord);
  countShareRowPairs(statements, pairs);
  partShareRowPairs(statements, pairs);
  longPartShareRowPairs(statements, pairs);
  echoedCellPairs(statements, pairs);
  clauseShareRowPairs(statements, pairs);
  outputBoundPairs(statements, pairs);
  zhDeedRowPairs(statements, pairs);
  passengerBoundPairs(statements, pairs);
  // closest values first, and never two stated periods in one group: a figure whose sentence names
  // no year joins the column of a table of several years whose value it restates, not every column
  const period: Array<Statement['period']> = [];
  for (let i = 0; i < statements.length; i++) period.push(statements[i]!.period);
  // nor two cells of one table row: its columns are other years or other breakdowns (FY2023 3,118
  // and FY2022 2,734 of `Underlying EBITDA (A$m)`), though the cells name no period of their own
  // (a group of one row keeps the row's number; a set is made only when groups of rows merge)
  const rows: Rows[] = [];
  for (let i = 0; i < statements.length; i++) rows.push(statements[i]!.row);
  pairs.sort(byDistance);
  for (let p = 0; p < pairs.length; p++) {
    const ri = find(parent, pairs[p]!.i);
    const rj = find(parent, pairs[p]!.j);
    if (ri === rj || (period[ri] !== undefined && period[rj] !== undefined && !samePeriodKey(period[ri], period[rj]))) continue;
    const smallFirst = sizeOf(rows[ri]) < sizeOf(rows[rj]);
    const small = smallFirst ? rows[ri] : rows[rj];
    const large = smallFirst ? rows[rj] : rows[ri];
    if (small !== undefined && large !== undefined && shareRow(small, large)) continue;
    parent[rj] = ri;
    period[ri] ??= period[rj];
    // the smaller group's rows go into the larger's set: each row moves O(log n) times
    rows[ri] = small === undefined ? large : typeof large === 'number' ? new Set([large, small as number]) : addRows(large!, small);
  }
  // members by group, only for the groups reported (of two statements to MAX_GROUP), in the order of their first statements
  const root = new Int32Array(statements.length);
  for (let i = 0; i < statements.length; i++) root[i] = find(parent, i);
  const size = new Int32Array(statements.length);
  for (let i = 0; i < root.length; i++) size[root[i]!]!++;
  const groups = new Map<number, Statement[]>();
  for (let i = 0; i < statements.length; i++) {
    const r = root[i]!;
    if (size[r]! < 2 || size[r]! > MAX_GROUP) continue;
    const group = groups.get(r);
    if (group) group.push(statements[i]!);
    else groups.set(r, [statements[i]!]);
  }
  const checks: Check[] = [];
  for (const group of groups.values()) checks.push(groupCheck(group));
  for (const doc of docs) checks.push(...genderBreakdownChecks(doc), ...partShareChecks(doc));
  return checks;
}

/** One engagement's statements indexed by token, with the work lists pairing each with its neighbours (`pairNeighbours`). */
interface Neighbourhood {
  statements: readonly Statement[];
  tokensOf: number[][];
  postings: number[][];
  /** Where each token's statements after the one at hand begin (a list is in statement order). */
  after: Int32Array;
  kind: Int32Array;
  words: Int32Array;
  shared: Int32Array;
  touched: number[];
  pairs: Array<{ i: number; j: number; distance: number }>;
}

/**
 * The statements after the `i`th sharing rare words with it that make one claim with it, added to the pairs. (A function of its
 * own, not the body of consistencyChecks' loop: run once per engagement, that loop would be compiled on the stack anew each run.)
 */
function pairNeighbours(n: Neighbourhood, i: number): void {
  const { statements, tokensOf, postings, after, kind, words, shared, touched, pairs } = n;
  const s = statements[i]!;
  // neighbours sharing rare words, with how many; one metric inside the other shares all the smaller's words
  let common = 0;
  const ids = tokensOf[i]!;
  for (let t = 0; t < ids.length; t++) {
    const token = ids[t]!;
    const list = postings[token]!;
    if (list.length > MAX_POSTING) {
      common++;
      continue;
    }
    let k = after[token]!;
    while (k < list.length && list[k]! <= i) k++;
    after[token] = k;
    for (; k < list.length; k++) {
      const j = list[k]!;
      if (kind[j] === kind[i] && ++shared[j]! === 1) touched.push(j);
    }
  }
  for (let t = 0; t < touched.length; t++) {
    const j = touched[t]!;
    const count = shared[j] ?? 0;
    shared[j] = 0;
    const other = statements[j]!;
    if (!samePeriodKey(s.period, other.period)) continue;
    // (or one Chinese metric's words in another order, `出栏生猪` and `生猪出栏量`: their pairs across the words differ)
    const containable = count + common >= Math.min(s.tokens.length, other.tokens.length) || (count >= 2 && s.zh && other.zh && reorderedWords(hanOf(s.at.figure.metric), hanOf(other.at.figure.metric)));
    // (one token short: a slip of a metric said once with a count in it, `nearlySameMetric`)
    const slipped = !containable && count + common + 1 >= Math.min(s.tokens.length, other.tokens.length) && amountScaleSlipped(s, other);
    // (one token short too: a round bound and the exact share it turns, `turnedBound`; a number in a metric's words is none of
    // them, `1,921 of them women (30.4%`)
    const fewer = containable || slipped ? 0 : Math.min(wordsAt(words, statements, i), wordsAt(words, statements, j));
    const turned = !containable && !slipped && count + common + 1 >= fewer && fewer >= 2 && turnedBound(s, other);
    // (or a word in common: a text figure and a table cell written alike, `echoedInTable`)
    const echoed = !containable && !slipped && !turned && count + common >= 1 && echoedInTable(s, other);
    if (!containable && !slipped && !turned && !echoed && !((s.figure.value === other.figure.value || scaleSlipped(s, other)) && (nounOf(s) ?? nounOf(other)) !== undefined)) continue;
    if (sameClaim(s, other)) pairs.push({ i, j, distance: Math.abs(Math.log(s.figure.value / other.figure.value)) || 0 });
  }
  touched.length = 0;
}

// (the helpers below are the module's, not closures made on each call: the optimised code of a function run once per
// engagement, which calls them in its loops, stays valid for the next engagement, not thrown away as calling another target)

/** Pairs closest in value first. */
const byDistance = (a: { distance: number }, b: { distance: number }) => a.distance - b.distance;

/** The root of a statement's group, the path to it shortened. */
const find = (parent: number[], i: number): number => (parent[i] === i ? i : (parent[i] = find(parent, parent[i]!)));

/** A statement's count of words, read the first time a pair needs it (`words` holds -1 until then). */
const wordsAt = (words: Int32Array, statements: readonly Statement[], i: number) => (words[i]! >= 0 ? words[i]! : (words[i] = wordsOf(statements[i]!.tokens)));

/** The amount a statement of no tokens or of one opening word says (`oneWordAmountPairs`' reading). */
const amountOfOneWord = (s: Statement) => (s.tokens.length === 0 ? oneWordAmount(s.at.figure, s.dimension.startsWith('currency:')) : openingWordAmount(s));

/** How many of a metric's tokens are words: digits a metric took in from a figure before it (`921` of `1,921 of them women`) name nothing. */
function wordsOf(tokens: readonly string[]): number {
  let words = 0;
  for (const t of tokens) if (!DIGITS.test(t)) words++;
  return words;
}

const DIGITS = /^\d+$/;

/** The table rows of a group's cells: one row as its key, several as a set. */
type Rows = Set<number> | number | undefined;

const sizeOf = (rows: Rows) => (rows === undefined ? 0 : typeof rows === 'number' ? 1 : rows.size);

/** Whether two groups have a row in common; `small` is the one of fewer rows. */
function shareRow(small: Set<number> | number, large: Set<number> | number): boolean {
  if (typeof small === 'number') return typeof large === 'number' ? small === large : large.has(small);
  for (const r of small) if ((large as Set<number>).has(r)) return true;
  return false;
}

function addRows(large: Set<number>, small: Set<number> | number): Set<number> {
  if (typeof small === 'number') large.add(small);
  else small.forEach((r) => large.add(r));
  return large;
}

/** What a disagreement's message says of one side (`a` or `b`): the figure as written, its qualifier, document and place. */
const where = (s: Statement, side: 'a' | 'b') => ({
  [side]: s.at.figure.text.replace(/\s+/g, ' ').replace(/\*\*/g, ''),
  [`${side}Qualifier`]: qualifierTerm(s.at.figure.qualifier),
  [`${side}Doc`]: s.at.doc.name,
  [`${side}Place`]: placeTerm(s.table),
});

function groupCheck(group: Statement[]): Check {
  const disagreements: Array<{ a: Statement; b: Statement; why: Disagreement }> = [];
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!;
      const b = group[j]!;
      const why = disagreement(a.figure, a.table, b.figure, b.table);
      if (why) disagreements.push({ a, b, why });
    }
  const holds = disagreements.length === 0;
  // (named by the first statement with a metric: a figure of none, `(location-based) 122 tCO2e`, may open the group)
  const metric = (group.find((s) => s.at.figure.metric) ?? group[0]!).at.figure.metric ?? '';
  const first = disagreements[0];
  const line = first
    ? saying(first.why === 'scale' ? 'same.scale' : first.why === 'qualifier' ? 'same.qualifier' : 'same.differ', { metric, ...where(first.a, 'a'), ...where(first.b, 'b') })
    : saying('same.holds', { metric, value: show(Number(writtenNumber(group[0]!.at.figure.text) ?? group[0]!.at.figure.value), 3), count: group.length });
  return {
    kind: 'consistency',
    holds,
    figures: group.map((s) => asCheckFigure(s.at, 'mention')),
    rule: 'consistency.same-metric',
    ...line,
  };
}
