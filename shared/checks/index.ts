// Every automatic check over the documents of one engagement: sums, shares and changes within each
// document, consistency across all of them. Pure: the CLI, the app and the tests call `runChecks`
// alike. The documents' figures must already be described (`describeFigures` in shared/metrics).

import { anchoredRestatements } from './consistency/anchored-restatements';
import { bilingualChecks, translatedFileChecks } from './translation/bilingual';
import { changeChecks } from './changes/change';
import { turnedDirections } from './changes/change-directions';
import { changesToARestatedLevel } from './changes/changes-to-a-restated-level';
import { changesStatedOtherwise } from './changes/change-stated-otherwise';
import { consistencyChecks } from './consistency/consistency';
import { listShares } from './shares/list-shares';
import { marginChecks } from './shares/margins';
import { multipleChecks } from './shares/multiples';
import { namedRestatements } from './consistency/named-restatements';
import { ratioChecks } from './shares/ratio';
import { rateChecks } from './rates/rates';
import { averagesOverHeadCount } from './rates/averages-over-head-count';
import { paragraphShares } from './shares/paragraph-shares';
import { partsOverTotal } from './sums/part-over-total';
import { pointsChanges } from './changes/points-change';
import { pointsOfHeldShares } from './changes/points-of-held-share';
import { pointsSaidAsPercent } from './changes/points-said-as-percent';
import { rateColumnRestatements, rowShareRestatements } from './consistency/rate-column-restatements';
import { figureId, type FigureId } from './readers/figure-places';
import { restatementChecks } from './consistency/restatements';
import { withRestatedInputs } from './consistency/restated-inputs';
import { intensityColumnsOverOtherTable } from './rates/intensity-columns-over-other-table';
import { definedRatioRows } from './rates/defined-ratio-rows';
import { ratesDefinedInSentence } from './rates/rate-defined-in-sentence';
import { roundedRestatements } from './consistency/rounded-restatements';
import { sentenceBounds } from './consistency/sentence-bounds';
import { swappedChangeRates } from './consistency/swapped-change-rates';
import { misstatedResults, quotientsOverSlippedInputs, sameChangeBases, sameComputations, sameComputationsAcrossFiles } from './consistency/same-computation';
import { resultsSaidElsewhere } from './consistency/result-said-elsewhere';
import { turnedComputations } from './consistency/same-computation-turned';
import { ratesOverSlippedTotals } from './rates/rates-over-slipped-totals';
import { yearBeforeOfQuotients } from './rates/year-before-of-quotients';
import { neighbourRowFigures } from './consistency/neighbour-row-figures';
import { rowOwnerRestatements } from './consistency/row-owner-restatements';
import { disagreementsThroughTranslation } from './translation/translated-disagreements';
import { scaleConversions } from './consistency/scale-conversions';
import { sharesOfPairAfter, sharesOfPairBefore, sharesOfWholeThenPart } from './shares/share-of-pair';
import { sharesOfTableTotal } from './shares/shares-of-table-total';
import { rowSharesNamedInText } from './shares/row-shares-named-in-text';
import { sumChecks } from './sums/sum';
import { tableBreakdownTotals } from './sums/table-breakdown-totals';
import { readTableSteps } from './readers/table-steps';
import { readTextRestatedSteps } from './readers/text-restated-steps';
import { tableLessRows } from './sums/table-less-rows';
import { tableRestatements } from './consistency/table-restatements';
import { tablePriorYearChanges } from './changes/table-prior-year-changes';
import { tableRowChanges } from './changes/table-row-changes';
import { tableRowDifferences } from './sums/table-row-differences';
import { tableRowQuotients } from './rates/table-row-quotients';
import { tableColumnIntensities } from './rates/table-column-intensities';
import { tableRowYearPairs } from './changes/table-row-year-pairs';
import { tableShares } from './shares/table-shares';
import { tableTextShares } from './shares/table-text-shares';
import { tableTextTotals } from './sums/table-text-totals';
import { changesSaidTwice } from './consistency/changes-said-twice';
import { slippedTotalsSaidElsewhere } from './consistency/slipped-totals-said-elsewhere';
import { staleRowFigures, tableTotalRestatements } from './consistency/table-total-restatements';
import { staleFigureChanges, staleLatestCells, staleTextFigures } from './consistency/stale-statements';
import { quotientsOverStaleCells } from './rates/quotients-over-stale-cells';
import { sumsOverStaleFigures } from './sums/sums-over-stale-figures';
import type { Check, CheckDocument } from './types';

export type { Check, CheckDocument, CheckFigure, CheckKind, CheckRole } from './types';
export { CHECK_KINDS, CHECK_ROLES } from './types';

/** Checks within one document that stand on nothing but its figures and text. */
const DOCUMENT_RULES: ReadonlyArray<(doc: CheckDocument) => Check[]> = [
  sumChecks,
  partsOverTotal,
  ratioChecks,
  marginChecks,
  sharesOfPairAfter,
  sharesOfPairBefore,
  sharesOfWholeThenPart,
  listShares,
  tableShares,
  tableTextTotals,
  tableBreakdownTotals,
  tableTotalRestatements,
  tableTextShares,
  tableRowDifferences,
  tableRowQuotients,
  tableColumnIntensities,
  intensityColumnsOverOtherTable,
  definedRatioRows,
  ratesDefinedInSentence,
  tableLessRows,
  multipleChecks,
  changeChecks,
  changesStatedOtherwise,
  pointsChanges,
  pointsSaidAsPercent,
  bilingualChecks,
  scaleConversions,
];

/**
 * The figures a restatement rule passes over: any a check before it found disagreeing, or only those
 * found disagreeing within their own document (a translation's `more than` for `nearly` disagrees
 * with another file, and may still disagree with a key figure of its own).
 */
type Skipped = 'flagged-anywhere' | 'flagged-within-document';

interface RestatementRule {
  /** `flagged` what it passes over; `flaggedWithin` those found disagreeing within their own document. */
  run: (docs: readonly CheckDocument[], flagged: ReadonlySet<FigureId>, flaggedWithin: ReadonlySet<FigureId>) => Check[];
  skips: Skipped;
}

/**
 * Restatements across the engagement, in turn: each passes over the figures a check before it
 * already found disagreeing, so one disagreement is reported once.
 */
const RESTATEMENT_RULES: readonly RestatementRule[] = [
  { run: restatementChecks, skips: 'flagged-anywhere' },
  { run: namedRestatements, skips: 'flagged-anywhere' },
  { run: anchoredRestatements, skips: 'flagged-anywhere' },
  { run: roundedRestatements, skips: 'flagged-within-document' },
  { run: sentenceBounds, skips: 'flagged-within-document' },
  { run: rowOwnerRestatements, skips: 'flagged-anywhere' },
  { run: neighbourRowFigures, skips: 'flagged-anywhere' },
];

const withinOneDocument = (c: Check) => c.figures.every((f) => f.doc === c.figures[0]?.doc);

/** All checks, mismatches first, then in document order, each naming its inputs' restatements beside them. */
export const runChecks = (docs: readonly CheckDocument[]): Check[] => withRestatedInputs(ruleChecks(docs), docs);

/** All checks as their rules find them, each on the figures it was worked from, mismatches first, then in document order. */
export function ruleChecks(docs: readonly CheckDocument[]): Check[] {
  const checks: Check[] = [];
  // a text figure and a table cell of one document that say one rate or level twice: said after the metric and
  // restatement rules, which name such a pair first when they find it
  const restatedInTables: Check[] = [];
  for (const doc of docs) {
    readTableSteps(doc);
    readTextRestatedSteps(doc);
    const own = DOCUMENT_RULES.flatMap((rule) => rule(doc));
    // these read what the document's own checks found: a share of a paragraph's total, a change a table states
    const priorYear = tablePriorYearChanges(doc, own);
    const rates = rateChecks(doc);
    const ofParagraph = paragraphShares(doc, own);
    const rowChanges = tableRowChanges(doc, [...own, ...priorYear]);
    // an average none of the rates read may be over a head count stated elsewhere in the document
    const restated = changesToARestatedLevel(doc, [...own, ...priorYear, ...rowChanges]);
    // a rate those computed, stated again in its table row's change or share column
    restatedInTables.push(...tableRowYearPairs(doc), ...rowShareRestatements(doc), ...rateColumnRestatements(doc, [...own, ...ofParagraph, ...priorYear, ...rowChanges, ...restated]));
    checks.push(...own, ...ofParagraph, ...sharesOfTableTotal(doc, [...own, ...ofParagraph]), ...rowSharesNamedInText(doc, [...own, ...ofParagraph]), ...priorYear, ...rowChanges, ...restated, ...rates, ...averagesOverHeadCount(doc, rates), ...turnedDirections(doc), ...pointsOfHeldShares(doc, [...own, ...ofParagraph]));
  }
  checks.push(...consistencyChecks(docs), ...translatedFileChecks(docs), ...tableRestatements(docs));
  const disagreeing = checks.filter((c) => c.kind === 'consistency' && !c.holds);
  const flagged: Record<Skipped, Set<FigureId>> = {
    'flagged-anywhere': new Set(disagreeing.flatMap((c) => c.figures.map((f) => figureId(f.doc, f.start)))),
    'flagged-within-document': new Set(disagreeing.filter(withinOneDocument).flatMap((c) => c.figures.map((f) => figureId(f.doc, f.start)))),
  };
  for (const { run, skips } of RESTATEMENT_RULES) {
    const found = run(docs, flagged[skips], flagged['flagged-within-document']);
    // what a restatement rule finds, every rule after it passes over
    for (const c of found) for (const f of c.figures) for (const set of Object.values(flagged)) set.add(figureId(f.doc, f.start));
    checks.push(...found);
  }
  checks.push(...restatedInTables);
  // last year's figure of a row said as this year's, where no check has already set it against the row
  checks.push(...staleRowFigures(docs, checks));
  // last year's figure said as this year's, known by the year before's value the text compares with, or a row's latest cell repeating its year before
  checks.push(...staleTextFigures(docs, checks));
  checks.push(...staleLatestCells(docs, checks));
  // the change said of such a figure, worked out from the year-before cell it repeats
  checks.push(...staleFigureChanges(docs, checks));
  // a quotient of the year before's rows worked out over the latest, where a row's latest cell is last year's left in place
  checks.push(...quotientsOverStaleCells(checks, docs));
  // a sum the text states over last year's figure said as this year's, the table's own sum holding over this year's cell
  checks.push(...sumsOverStaleFigures(checks, docs));
  // a table's total row its cells do not add up to, where the document says their sum elsewhere as that total
  checks.push(...slippedTotalsSaidElsewhere(checks, docs));
  // one computation the document states twice, with two results; one change stated on two bases
  // and a quotient's result said otherwise elsewhere, reported over the holding quotient's inputs
  checks.push(...sameComputations(checks, docs), ...sameComputationsAcrossFiles(checks, docs), ...sameChangeBases(checks, docs), ...misstatedResults(checks, docs));
  // a holding rate said in the sentence of an input said with its scale slipped, worked over that figure
  checks.push(...quotientsOverSlippedInputs(checks, docs));
  // one change worked out twice over the same values and said both ways
  checks.push(...turnedComputations(checks, docs));
  // one change said twice with two rates, its values said once in full and once rounded
  checks.push(...changesSaidTwice(checks, docs));
  // one change said twice in running text with two of its rate's digits swapped
  checks.push(...swappedChangeRates(checks, docs));
  // a share that does not hold against what its inputs give as the document says it elsewhere
  checks.push(...resultsSaidElsewhere(checks, docs));
  // a holding quotient worked out again over its table rows' year before
  checks.push(...yearBeforeOfQuotients(checks, docs));
  // a rate no pair gives but one over a table total taken at its parts' sum, the total's digits that sum's swapped
  checks.push(...ratesOverSlippedTotals(checks, docs));
  // a file's disagreement with itself, stated otherwise in its translation too
  checks.push(...disagreementsThroughTranslation(checks, docs));
  const once = saidOnce(checks);
  const order = new Map(docs.map((d, i) => [d.name, i]));
  // each check's place read once, not on every comparison of the sort (a stable sort: ties keep their order)
  const holds = once.map((c) => Number(c.holds));
  const doc = once.map((c) => order.get(c.figures[0]?.doc ?? '') ?? 0);
  const start = once.map((c) => c.figures[0]?.start ?? 0);
  return once
    .map((_, i) => i)
    .sort((a, b) => holds[a]! - holds[b]! || doc[a]! - doc[b]! || start[a]! - start[b]!)
    .map((i) => once[i]!);
}

/**
 * One disagreement between the same figures, said once: a text figure and a table row the metric
 * rules group (`consistency.same-metric`) and the table-row rule reads again (`consistency.table-row`,
 * £4,218 / £4,227 million) are one slip, reported by the rule that found it first.
 */
function saidOnce(checks: Check[]): Check[] {
  const said = new Set<string>();
  return checks.filter((c) => {
    if (c.kind !== 'consistency' || c.holds) return true;
    const key = c.figures.map((f) => figureId(f.doc, f.start)).sort().join('\u0001');
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
}
