import { linkBreakText, type LinkBreak } from '../audit/event';

/**
 * Why an exported audit trail does not read back, as a code with its numbers, so the UI can say it
 * in its own language (an archive's trail.csv reaches the renderer this way); trailProblemText gives
 * the English the CLI prints, word for word what it printed before there were codes.
 */
export type TrailProblem =
  /** The header lacks these columns (comma-separated). */
  | { code: 'notTrail'; columns: string }
  /** The bytes are not UTF-8; `spreadsheetHint` where a spreadsheet may have saved it so. */
  | { code: 'notUtf8'; spreadsheetHint: boolean }
  /** A quoted cell does not end (papaparse's `detail`). */
  | { code: 'rowQuotes'; detail: string }
  /** A row has `cells` cells where the header has `width`. */
  | { code: 'rowCells'; cells: number; width: number }
  /** Event `seq` (null when unreadable) belongs to another engagement than the rows above it. */
  | { code: 'eventForeign'; seq: number | null }
  /** Event `seq` (null when unreadable) breaks its trail, `link` says how. */
  | { code: 'eventBreaks'; seq: number | null; link: LinkBreak }
  | { code: 'rowAfterSeal' }
  | { code: 'headerOnly' }
  | { code: 'sealMissing' }
  | { code: 'sealForm'; form: string }
  /** The seal covers `sealed` events, the file holds `found`. */
  | { code: 'sealCount'; sealed: number; found: number }
  | { code: 'sealEngagement' }
  | { code: 'sealHead' };

export type TrailProblemCode = TrailProblem['code'];

export function trailProblemText(problem: TrailProblem): string {
  switch (problem.code) {
    case 'notTrail':
      return `it is not an audit trail exported by this version of Tickmark (no ${problem.columns} column)`;
    case 'notUtf8':
      return problem.spreadsheetHint ? 'it is not UTF-8 text (in a spreadsheet, save it as "CSV UTF-8")' : 'it is not UTF-8 text';
    case 'rowQuotes':
      return `the row is malformed (${problem.detail}): the file was cut or edited`;
    case 'rowCells':
      return `the row is malformed (${problem.cells} cells where the header has ${problem.width}): the file was cut or edited`;
    case 'eventForeign':
      return `event ${problem.seq ?? '?'}: it belongs to another engagement than the rows above it`;
    case 'eventBreaks':
      return `event ${problem.seq ?? '?'}: ${linkBreakText(problem.link)}`;
    case 'rowAfterSeal':
      return 'a row comes after the seal: rows were added after the trail was sealed';
    case 'headerOnly':
      return 'it holds no events, only a header';
    case 'sealMissing':
      return 'it has no seal after its last event: the file was cut short, or the seal row removed';
    case 'sealForm':
      return `its seal is of form ${problem.form}, which this Tickmark cannot check`;
    case 'sealCount':
      return `the seal covers ${problem.sealed} events but the file holds ${problem.found}: rows were removed or added`;
    case 'sealEngagement':
      return 'the seal is for another engagement';
    case 'sealHead':
      return 'the seal was made for another last event: the trail was changed after it was sealed';
  }
}

/** A trail that does not read back: the row it names (a spreadsheet's numbering, the header is row 1), the English, the code. */
export interface TrailFailure {
  ok: false;
  row?: number;
  reason: string;
  problem: TrailProblem;
}

export const trailFailure = (problem: TrailProblem, row?: number): TrailFailure =>
  row === undefined ? { ok: false, reason: trailProblemText(problem), problem } : { ok: false, row, reason: trailProblemText(problem), problem };
