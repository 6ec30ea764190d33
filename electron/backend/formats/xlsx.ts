import { zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { layoutSheets, oneLine, type Grid, type GridCell, type MergedRange } from '../../../shared/evidence/sheet-layout';
import { unpackDocxXml, type DocxLimits } from './docx-parts';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader, ReportText } from './types';
import { ReportReadError } from './types';

// `.xlsx` evidence through SheetJS (@e965/xlsx): every sheet's cells as the spreadsheet shows them,
// with a formula's cached result as its value (Tickmark never recalculates), sheet names and merged
// ranges. Like a Word document, the ZIP is checked and its XML parts unpacked within limits first
// (docx-parts.ts); SheetJS gets only those parts, stored again without compression, so nothing it
// unpacks can be larger than what was checked.

const MB = 1024 * 1024;

/** A workbook's XML packs 5 to 30 times smaller; its shared strings and sheets are read whole. */
export const XLSX_LIMITS: DocxLimits = {
  document: 'Excel workbook',
  kind: 'xlsx',
  entries: 5_000,
  partBytes: 32 * MB,
  totalBytes: 48 * MB,
  ratio: 100,
  ratioGraceBytes: 1 * MB,
};

/** Non-empty cells Tickmark reads in one workbook: far more than evidence holds, and bounded in memory. */
export const MAX_CELLS = 500_000;

export const readXlsx: FormatReader = async (bytes, options) => {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ReportReadError('corrupt', 'it is not an Excel workbook (.xlsx files are ZIP archives; an old .xls must be saved as .xlsx)', reason('read.xlsx.notZip'));
  }
  options.onProgress?.(0, 1);
  const parts = await unpackDocxXml(bytes, XLSX_LIMITS);
  if (options.signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
  const checked = zipSync(Object.fromEntries(parts), { level: 0 });
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(checked, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellText: true, cellStyles: false, bookVBA: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportReadError('corrupt', `it is not a valid Excel workbook (${detail})`, reason('read.xlsx.invalid', { detail }));
  }
  const grids = sheetsOf(workbook);
  options.onProgress?.(1, 1);
  return workbookText(grids);
};

/** The text and cells of the sheets, one page each. */
export function workbookText(grids: readonly Grid[]): ReportText {
  const layout = layoutSheets(grids);
  return { text: layout.text, pages: layout.pages, cells: layout.cells, warnings: [] };
}

function sheetsOf(workbook: XLSX.WorkBook): Grid[] {
  let count = 0;
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    const rows: Array<Array<XLSX.CellObject | undefined> | undefined> = (sheet?.['!data'] as never) ?? [];
    const cells: GridCell[] = [];
    rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        const read = cell === undefined ? undefined : gridCell(cell, r + 1, c + 1);
        if (read === undefined) return;
        if (++count > MAX_CELLS) {
          throw new ReportReadError('too-large', `it holds more than the ${MAX_CELLS.toLocaleString('en-US')} filled cells Tickmark reads in a workbook`, reason('read.xlsx.tooManyCells', { params: { max: MAX_CELLS } }));
        }
        cells.push(read);
      });
    });
    const merges: MergedRange[] = (sheet?.['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
    return { name, cells, merges };
  });
}

/** A cell as shown, with its number unless it is a date (a date is a label, never a figure). */
function gridCell(cell: XLSX.CellObject, row: number, column: number): GridCell | undefined {
  const shown = oneLine(cell.w ?? (cell.v === undefined || cell.v === null ? '' : String(cell.v)));
  if (shown.trim() === '' || cell.t === 'z') return undefined;
  if (cell.t !== 'n' || typeof cell.v !== 'number' || !Number.isFinite(cell.v)) return { row, column, text: shown };
  const format = typeof cell.z === 'string' ? cell.z : '';
  if (format !== '' && XLSX.SSF.is_date(format)) return { row, column, text: shown };
  return { row, column, text: shown, value: cell.v, ...(/%/.test(format.replace(/"[^"]*"/g, '')) ? { percent: true } : {}) };
}
