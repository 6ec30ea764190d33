import { yearLike } from './candidate';
import { codeAt as code } from './normalize';
import type { Candidate } from './candidate';
import { atLineEnd, atLineStart, columnGapBefore, tableCell, wordBefore } from './context';
import { orphanUnit } from './orphan-scale';
import { measureUnderScale } from './column-kpi';
import type { OrphanScales } from './orphan-scale';
import { fieldLabelSpec, isFieldValue, listHeadingSpec, percentField } from './field-value';
import type { UnitSpec } from './unit-spec';
import { stackedCell } from './stacked-cells';
import { columnCell } from './column-cells';
import { currencyLineAbove } from './infographic';
import { belowItsLabel, inListTable } from './list-rows';
import { ellipticNoun } from './elliptic-count';
import type { TableHeaders } from './table-header';

// A number with no unit of its own, or a currency cell with no scale, may take them from where it
// stands: a table cell's unit, the scale and unit a table's header, caption or row state once
// (table-header.ts), a row flattened to one cell a line (stacked-cells.ts, column-cells.ts), a
// field's label (field-value.ts), a scale word standing in another column (orphan-scale.ts), an
// infographic's currency on the line above (infographic.ts). The tail (tail.ts) asks once it has
// read the number's own unit and qualifiers.

/** Give the candidate, bare or a currency cell, the scale and unit its surroundings state for it. */
export function fromSurroundings(text: string, cand: Candidate, orphans: OrphanScales, tables: TableHeaders): void {
  const bareArabic = cand.kind === 'none' && cand.form.script === 'arabic' && !cand.reading.scaled;
  if (bareArabic && !(cand.form.script === 'arabic' && cand.form.leadingZero)) {
    const cell = tableCell(text, cand.start, cand.end);
    if (cell) {
      cand.context.tableCell = true;
      if (cell.unit) {
        cand.unit = cell.unit.unit;
        cand.kind = cell.unit.kind;
      }
    }
  }
  // a bare cell of a table: the scale and unit its caption, header or row state once; a cell
  // with its currency sign (`$1,812` under `(in millions)`) takes the scale
  const currencyCell =
    cand.kind === 'currency' && cand.reading.currency && !cand.reading.scaled && cand.form.script === 'arabic' && cand.reading.range === 'none' && columnGapBefore(text, cand.start) > 0;
  if (currencyCell) {
    const spec = tables.specFor(cand.start, cand.end);
    if (spec && spec.factor !== 1 && (!spec.unit || spec.unit.unit === cand.unit)) {
      cand.value *= spec.factor;
      cand.reading.scaled = true;
    }
  } else if (bareArabic && cand.kind === 'none' && cand.reading.range === 'none' && !yearLike(cand)) {
    // a table flattened to one cell a line: column by column under its years, each value its own
    // row label's unit (column-cells.ts); else a row whose unit stands on the line above its values
    // (`总用电量⏎万千瓦时⏎405,600`). The columns first: their years above the values would otherwise
    // read as a stacked row's values, and the next label's `(%)` as their unit line.
    const table = tables.specFor(cand.start, cand.end);
    const stacked = table === null ? (columnCell(text, cand.start, cand.end) ?? stackedCell(text, cand.start, cand.end) ?? null) : null;
    if (stacked) cand.context.tableCell = true;
    applySpec(cand, stacked ? stacked.spec : table);
    // a table of short label-and-value lines (`女性 Female 2563`): a cell, whatever its label
    if (!cand.context.tableCell && cand.kind === 'none' && atLineEnd(text, cand.end) && (inListTable(text, cand.start, cand.end) || belowItsLabel(text, cand.start, cand.end))) cand.context.tableCell = true;
  }
  // `We opened 27 stores and closed 14`: the noun the clause before counted
  if (bareArabic && cand.kind === 'none' && cand.reading.range === 'none' && !cand.context.tableCell && cand.form.script === 'arabic') {
    const noun = ellipticNoun(text, cand.start, cand.end);
    if (noun) {
      cand.unit = noun;
      cand.kind = 'noun';
      cand.context.noun = { spaced: true, capitalized: false };
    }
  }
  // `% change from previous year: 18`; `Gross global Scope 1 emissions (metric tons CO2e): 12,345`
  if (bareArabic && cand.kind === 'none' && cand.reading.range === 'none' && isFieldValue(text, cand.start, cand.end)) {
    applySpec(cand, percentField(text, cand.start) ? PERCENT_FIELD : (fieldLabelSpec(text, cand.start) ?? listHeadingSpec(text, cand.start)));
  }
  // a figure of a page in columns: its scale word may open the line below, in its column
  if (bareArabic && cand.kind === 'none' && cand.reading.range === 'none' && !yearLike(cand)) {
    const below = orphans.takeBelow(cand.numStart, cand.end);
    if (below) {
      cand.value *= below.factor;
      cand.reading.scaled = true;
      // `1 . 8 6⏎million tCO2e`: a unit after the scale word is the figure's; a counted noun there may be another column's
      const u = orphanUnit(text, below.end) ?? measureUnderScale(text, cand.numStart, below.end);
      if (u && u.kind !== 'count') {
        cand.unit = u.unit;
        cand.kind = u.kind;
      }
    }
  }
  // a lone number in an interleaved column, or a lone amount (`RMB 3.187`): its scale word may sit a few lines below
  const loneAmount = cand.kind === 'currency' && cand.form.script === 'arabic' && !cand.reading.scaled;
  if ((loneAmount || (bareArabic && cand.kind === 'none')) && cand.reading.range === 'none' && atLineEnd(text, cand.end) && (atLineStart(text, cand.start) || endsColumnProse(text, cand))) {
    const orphan = orphans.take(cand.end);
    if (orphan) {
      cand.value *= orphan.factor;
      cand.reading.scaled = true;
      if (orphan.over && cand.qualifier === 'exact') cand.qualifier = 'over';
      const u = loneAmount ? null : orphanUnit(text, orphan.end);
      if (u) {
        cand.unit = u.unit;
        cand.kind = u.kind === 'count' ? 'noun' : u.kind;
      }
    }
  }
  // `RMB⏎⏎2.35⏎⏎billion`: an infographic's currency on the line above
  const currency = cand.kind === 'none' && cand.form.script === 'arabic' && !cand.reading.currency ? currencyLineAbove(text, cand.start, cand.end) : null;
  if (currency) {
    cand.unit = currency;
    cand.kind = 'currency';
    cand.reading.currency = true;
  }
}

/**
 * `…online job fairs for over 8⏎⏎to work as AI trainers …⏎⏎million graduating seniors`: a bare number
 * ending a column's line of English prose, a word just before it, no cell of a table; its sentence goes
 * on a few lines below, past the other column's line.
 */
function endsColumnProse(text: string, cand: Candidate): boolean {
  if (cand.kind !== 'none' || code(text, cand.start - 1) !== 0x20 || !isLowerAscii(code(text, cand.start - 2))) return false;
  // a row's label ends in no preposition (`…green energy to 122` is prose, whatever a cell's test says)
  return !cand.context.tableCell || LEADS_ON.has(wordBefore(text, cand.start)?.word ?? '');
}
/** Words a sentence goes on after, never a table row's label's last. */
const LEADS_ON = new Set(['to', 'for', 'over', 'of', 'than', 'about', 'around', 'nearly', 'almost', 'by', 'at', 'with', 'from', 'reached']);

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** A bare number's scale and unit, as a table or a field's label states them. */
function applySpec(cand: Candidate, spec: UnitSpec | null): void {
  if (!spec) return;
  cand.value *= spec.factor;
  cand.reading.scaled = spec.factor !== 1;
  if (spec.unit) {
    cand.unit = spec.unit.unit;
    cand.kind = spec.unit.kind;
  }
}

const PERCENT_FIELD: UnitSpec = { factor: 1, unit: { unit: '%', kind: 'percent' } };
