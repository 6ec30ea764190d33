import Papa from 'papaparse';
import { documentWarning } from '../../../shared/domain/document-warning';
import { layoutSheets, oneLine, type GridCell } from '../../../shared/evidence/sheet-layout';
import { decodeText } from './text';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

// `.csv` evidence through papaparse: one sheet whose cells are addressed like a spreadsheet's
// (`B7`), so a figure found in an exported table points at its row and column. A cell that is a
// plain number (`18,812,000,000`, `-3.5`, `49.5%`) keeps its value; anything else is text.

/** Filled cells Tickmark reads in one CSV file, as for a workbook. */
export const MAX_CSV_CELLS = 500_000;

const PLAIN_NUMBER = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/;

export const readCsv: FormatReader = async (bytes, options) => {
  if (options.signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
  options.onProgress?.(0, 1);
  const { text, encoding } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '' });
  const cells: GridCell[] = [];
  parsed.data.forEach((row, r) => {
    row.forEach((raw, c) => {
      const shown = oneLine(raw);
      if (shown.trim() === '') return;
      if (cells.length >= MAX_CSV_CELLS) {
        throw new ReportReadError('too-large', `it holds more than the ${MAX_CSV_CELLS.toLocaleString('en-US')} filled cells Tickmark reads in a CSV file`, reason('read.csv.tooManyCells', { params: { max: MAX_CSV_CELLS } }));
      }
      cells.push({ row: r + 1, column: c + 1, text: shown, ...plainNumber(shown) });
    });
  });
  options.onProgress?.(1, 1);
  const layout = layoutSheets([{ name: '', cells, merges: [] }]);
  return { text: layout.text, pages: layout.pages, cells: layout.cells, encoding, warnings: layout.cells.length === 0 ? [documentWarning('fileNoCells')] : [] };
};

/** The value of a cell that is nothing but a number, a percentage's as its fraction (49.5% → 0.495). */
export function plainNumber(text: string): { value: number; percent?: true } | Record<string, never> {
  const match = PLAIN_NUMBER.exec(text.trim());
  if (match === null || (match[2] === undefined && match[3] === undefined)) return {};
  const value = Number(`${match[1]}${(match[2] ?? '0').replace(/,/g, '')}${match[3] ?? ''}`);
  if (!Number.isFinite(value)) return {};
  return match[4] === '%' ? { value: value / 100, percent: true } : { value };
}
