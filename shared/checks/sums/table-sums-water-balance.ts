// A water table's balance: the water a company takes in and does not return is what it consumes (GRI
// 303-5: consumption = withdrawal − discharge), so withdrawal = discharge + consumption, down each
// column of rows so labelled (`Water withdrawal`, `Effluent returned`, `Water consumption`; `取水量`,
// `排水量`, `耗水量`) and along each row under columns so headed (`Works | Intake | Discharge |
// Consumption`). Some reports call all the water they use their consumption, or count storage and
// water in products: a miss is a mismatch only when one slip of a digit explains it.

import { dimensionOf } from '../readers/dimension';
import type { SumCandidate } from './sum-check';
import type { Row } from '../readers/table-blocks';
import type { DocFigure } from '../types';

const WITHDRAWAL = /\b(?:withdrawals?|withdrawn|intake|abstraction)\b|取水/i;
const DISCHARGE = /\b(?:discharged?|effluents?|returned)\b|排水|排放水|污水排放|废水排放|廢水排放/i;
const CONSUMPTION = /\bconsum(?:ption|ed)\b|耗水|消耗水/i;
/** Not the water itself: an intensity, a share, or another thing consumed (`Energy consumption`, `Water intake intensity`). */
const OTHER = /intensity|\bper\b|\brate\b|ratio|share|%|energy|electricity|power|fuel|gas\b|强度|率|比例|能源|电|電|燃/i;

type Kind = 'withdrawal' | 'discharge' | 'consumption';

function kindOf(label: string): Kind | undefined {
  if (OTHER.test(label)) return undefined;
  const kinds = ([['withdrawal', WITHDRAWAL], ['discharge', DISCHARGE], ['consumption', CONSUMPTION]] as const).filter(([, pattern]) => pattern.test(label));
  return kinds.length === 1 ? kinds[0]![0] : undefined;
}

/** The one place of each kind among labels, if each is there once. */
function placesOf(labels: string[]): Record<Kind, number> | undefined {
  const found: Partial<Record<Kind, number[]>> = {};
  labels.forEach((label, i) => {
    const kind = kindOf(label);
    if (kind) (found[kind] ??= []).push(i);
  });
  const [w, d, c] = [found.withdrawal, found.discharge, found.consumption];
  return w?.length === 1 && d?.length === 1 && c?.length === 1 ? { withdrawal: w[0]!, discharge: d[0]!, consumption: c[0]! } : undefined;
}

const usable = (f: DocFigure | undefined): f is DocFigure => f !== undefined && f.figure.value > 0 && f.figure.valueMax === undefined && dimensionOf(f.figure) !== 'percent';

function balance(withdrawal: DocFigure | undefined, discharge: DocFigure | undefined, consumption: DocFigure | undefined): SumCandidate | undefined {
  if (!usable(withdrawal) || !usable(discharge) || !usable(consumption)) return undefined;
  const dimension = dimensionOf(withdrawal.figure);
  if (dimensionOf(discharge.figure) !== dimension || dimensionOf(consumption.figure) !== dimension) return undefined;
  return { total: withdrawal, parts: [discharge, consumption], certainty: 'one-slip', rule: 'sum.table-water-balance' };
}

/** Each column's balance over rows labelled as withdrawal, discharge and consumption, and each row's over columns so headed. */
export function waterBalances(block: Row[]): SumCandidate[] {
  const out: SumCandidate[] = [];
  const rows = block.filter((r) => !r.header && r.cells.some(Boolean));
  const byRow = placesOf(rows.map((r) => r.label));
  if (byRow) {
    const [w, d, c] = [rows[byRow.withdrawal]!, rows[byRow.discharge]!, rows[byRow.consumption]!];
    w.cells.forEach((cell, k) => {
      const found = balance(cell, d.cells[k], c.cells[k]);
      if (found) out.push(found);
    });
  }
  const header = block.find((r) => r.header);
  if (!header || rows.length === 0) return out;
  // a space-aligned header leaves the labels' column blank, so its names stand over the columns after it
  const width = Math.max(...rows.map((r) => r.texts.length));
  const named = [...(header.texts.length === width - 1 ? [''] : []), ...header.texts];
  const byColumn = placesOf(named);
  if (!byColumn) return out;
  for (const row of rows) {
    const found = balance(row.cells[byColumn.withdrawal], row.cells[byColumn.discharge], row.cells[byColumn.consumption]);
    if (found) out.push(found);
  }
  return out;
}
