import type { LocatedFigure } from '../domain/report';
import { figureEntry, type PreparedDocument } from './entries';
import { knownWords, type EvidenceIndex, type IndexedEntry } from './evidence-index';
import { lowerBound } from '../text/lower-bound';
import type { Candidate, Reason } from './types';
import { unitAgreement } from './unit-kind';
import { supportWindow, valueReason, type ValueReason } from './value-match';

// Ranking the evidence for one claimed figure. Only entries whose value can support the claim are
// looked at (a binary search in the index's value order), only those whose unit can be the same
// kind of quantity are kept, and each is scored on how its value meets the claim (exact above
// rounded above within the qualifier above a computed share) and on what surrounds the two: the
// words around them and those naming what they measure (weighted, in either language), the other
// figures nearby (a translation repeats them all), and, within one document, how close they stand.
// A figure is never its own evidence.

/** A claim prepared for ranking: its entry, its words as index numbers, and which document it is in. */
export interface Claim {
  entry: IndexedEntry;
  docId: string;
  /** The weight of the claim's words the index never saw (rarest of all): they count against a match. */
  unseen: { context: number; metric: number };
}

const VALUE_WEIGHT: Record<ValueReason, number> = { exact: 1, rounded: 0.9, 'within qualifier': 0.8, ratio: 0.7 };
/** Evidence that hedges otherwise than the claim (`over 6.5 million` for `6.5 million`) says less. */
const OTHER_QUALIFIER = 0.85;
/** Within one document, a figure in the claim's own language is the claim restated, not its source. */
const SAME_DOCUMENT_SAME_LANGUAGE = 0.8;
/** Beyond this many characters apart, two figures in one document are no closer than any two. */
const NEAR_CHARS = 2_000;
/** Whether the claim's metric words found in the candidate's words say it measures the same. */
const SAME_METRIC = 0.5;

/** The claim a figure of `prepared` (one of the index's documents, or a report outside it) makes. */
export function claimOf(index: EvidenceIndex, prepared: PreparedDocument, figure: LocatedFigure): Claim {
  const entry = figureEntry(-1, prepared, figure);
  const rarest = Math.log(1 + Math.max(1, index.entries.length));
  const unseen = (words: readonly string[]) => new Set(words.filter((word) => !index.vocabulary.has(word))).size * rarest;
  return {
    docId: prepared.source.id,
    entry: { ...entry, context: knownWords(index, entry.context), metric: knownWords(index, entry.metric), neighbours: Float64Array.from(new Set(entry.neighbours)).sort() },
    unseen: { context: unseen(entry.context), metric: unseen(entry.metric) },
  };
}

/** The best `limit` candidates for `claim`, best first. */
export function rankEvidence(index: EvidenceIndex, claim: Claim, limit = 10): Candidate[] {
  const { low, high } = supportWindow(claim.entry.stated);
  const scored: Array<{ entry: IndexedEntry; score: number; reasons: Reason[] }> = [];
  for (let k = lowerBound(index.values, low); k < index.values.length && index.values[k]! <= high; k++) {
    const entry = index.entries[index.order[k]!]!;
    const document = index.documents[entry.doc]!.source;
    if (document.id === claim.docId && entry.start < claim.entry.end && claim.entry.start < entry.end) continue;
    const unit = unitAgreement(claim.entry.unit, entry.unit);
    if (unit === 0) continue;
    const reason = valueReason(claim.entry.stated, entry.stated);
    if (reason === undefined) continue;
    const value: ValueReason = entry.ratio ? 'ratio' : reason;
    const metric = overlap(index.weights, claim.entry.metric, entry.context, 'first', claim.unseen.metric);
    const sameMetric = claim.entry.metricPhrase !== undefined && claim.entry.metricPhrase === entry.metricPhrase ? 1 : metric;
    // Any two numbers of a column make some share: one is offered only for a claim about what its cells count.
    if (entry.ratio && sameMetric < SAME_METRIC) continue;
    const sameDocument = document.id === claim.docId;
    const near = sameDocument ? 1 / (1 + Math.abs(entry.start - claim.entry.start) / NEAR_CHARS) : 0;
    const surroundings =
      0.35 * overlap(index.weights, claim.entry.context, entry.context, 'smaller', claim.unseen.context) +
      0.25 * sameMetric +
      0.25 * sharedNeighbours(claim.entry.neighbours, entry.neighbours) +
      0.15 * near;
    let score = VALUE_WEIGHT[value] * unit * (0.4 + 0.6 * surroundings);
    if (entry.stated.qualifier !== claim.entry.stated.qualifier) score *= OTHER_QUALIFIER;
    if (claim.entry.valueMax !== entry.valueMax) score *= OTHER_QUALIFIER;
    if (sameDocument && entry.han === claim.entry.han) score *= SAME_DOCUMENT_SAME_LANGUAGE;
    scored.push({ entry, score, reasons: sameMetric >= SAME_METRIC ? [value, 'same metric'] : [value] });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.doc - b.entry.doc || a.entry.start - b.entry.start);
  return scored.slice(0, limit).map(({ entry, score, reasons }) => candidate(index, entry, score, reasons));
}

function candidate(index: EvidenceIndex, entry: IndexedEntry, score: number, reasons: Reason[]): Candidate {
  const { source } = index.documents[entry.doc]!;
  return {
    doc: source.name,
    docId: source.id,
    start: entry.start,
    end: entry.end,
    ...(entry.page === undefined ? {} : { page: entry.page }),
    ...(entry.sheet === undefined ? {} : { sheet: entry.sheet }),
    ...(entry.cell === undefined ? {} : { cell: entry.cell }),
    text: entry.text,
    score: Math.round(score * 1000) / 1000,
    reasons,
  };
}

/** The weight of the words `a` and `b` share, over the weight of `a` (plus `unseenA`) or of the lighter of the two. */
function overlap(weights: Float64Array, a: Int32Array, b: Int32Array, over: 'first' | 'smaller', unseenA: number): number {
  let shared = 0;
  let weightA = unseenA;
  let weightB = 0;
  for (const id of a) weightA += weights[id]!;
  if (over === 'smaller') for (const id of b) weightB += weights[id]!;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared += weights[a[i]!]!;
      i++;
      j++;
    }
  }
  const whole = over === 'first' ? weightA : Math.min(weightA, weightB);
  return whole === 0 ? 0 : shared / whole;
}

/** The share of the fewer neighbours that the other side has too. */
function sharedNeighbours(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / Math.min(a.length, b.length);
}
