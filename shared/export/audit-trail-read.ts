import Papa from 'papaparse';
import { brokenLink, changedContent, GENESIS_HASH, outOfPlace, portableSha256Hex, type Sha256Hex, type TrailEvent } from '../audit/event';
import { SEAL_FORM, type TrailSeal } from '../audit/seal';
import { AUDIT_TRAIL_COLUMNS, SEAL_ROW_SEQ, type AuditTrailColumn } from './audit-trail-csv';
import { eventOf, sealOf, text, type Row } from './audit-trail-row';

/**
 * Reading an exported audit trail back and checking everything that needs no key: every event's
 * hash and link, that the seal row comes last, covers exactly the events above it and names the
 * last one. The seal's signature and whose key made it are checked by the Node side (verify-trail).
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export type TrailReading =
  | { ok: true; eventCount: number; engagementId: string; seal: TrailSeal }
  | { ok: false; row?: number; reason: string };

/** Where each column stands in the header, and how many cells every row has. */
export interface TrailLayout {
  columns: Readonly<Record<AuditTrailColumn, number>>;
  width: number;
}

/** A trail's delimiter and line break: papaparse guesses them from the head of the text, once for the whole file. */
export interface CsvDialect {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
}

/** How much of the text the dialect is guessed from: the same head whether the file is read whole or in parts. */
export const DIALECT_HEAD_CHARS = 64 * 1024;

export function csvDialect(text: string): CsvDialect {
  const { meta } = Papa.parse(text.slice(0, DIALECT_HEAD_CHARS), { preview: 1, skipEmptyLines: 'greedy' });
  return { delimiter: meta.delimiter, newline: meta.linebreak as CsvDialect['newline'] };
}

/** What reading a run of a trail's rows found: its events, the ends of their chain, and the seal if it holds it. */
export interface TrailPart {
  ok: true;
  layout: TrailLayout;
  /** Rows read, the header among them when the part starts the file. */
  rows: number;
  eventCount: number;
  first?: TrailEvent;
  last?: TrailEvent;
  seal?: TrailSeal;
}

/** A blank row (every cell empty or spaces) is skipped, as papaparse's `skipEmptyLines: 'greedy'` would, but without joining every row's cells. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

function layoutOf(header: readonly string[]): TrailLayout | string {
  const missing = AUDIT_TRAIL_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return `it is not an audit trail exported by this version of Tickmark (no ${missing.join(', ')} column)`;
  const columns = Object.fromEntries(AUDIT_TRAIL_COLUMNS.map((column) => [column, header.indexOf(column)]));
  return { columns: columns as TrailLayout['columns'], width: header.length };
}

/** The layout of the header, the first row that is not blank, of a trail's text (or of its head); undefined when it is no trail's header. */
export function trailLayout(text: string, dialect: CsvDialect): TrailLayout | undefined {
  let layout: TrailLayout | undefined;
  Papa.parse<string[]>(text, {
    ...dialect,
    step: (result, parser) => {
      if (isBlank(result.data)) return;
      const found = layoutOf(result.data);
      if (typeof found !== 'string') layout = found;
      parser.abort();
    },
  });
  return layout;
}

/**
 * Read and check a run of a trail's rows: the whole file (its header first), or, given the header's
 * `layout`, a part of it that starts at a row boundary. A part's first event is checked for its
 * content only; its link to the event before it is checked when the parts are joined. Rows are
 * numbered from the part's start.
 */
export function readTrailRows(csv: string, dialect: CsvDialect, digest: Sha256Hex, layout?: TrailLayout): TrailPart | TrailFailure {
  const continues = layout !== undefined;
  let failure: TrailFailure | undefined;
  let first: TrailEvent | undefined;
  let previous: TrailEvent | undefined;
  let eventCount = 0;
  let engagementId: string | undefined;
  let seal: TrailSeal | undefined;
  let row = 0;
  const fail = (reason: string): void => {
    failure = { ok: false, row, reason };
  };

  Papa.parse<string[]>(csv, {
    ...dialect,
    step: (result, parser) => {
      const cells = result.data;
      if (isBlank(cells)) return;
      row++;
      if (!layout) {
        const found = layoutOf(cells);
        if (typeof found === 'string') {
          failure = { ok: false, reason: found };
          return parser.abort();
        }
        layout = found;
        return;
      }
      const error = result.errors[0];
      if (error || cells.length !== layout.width) {
        fail(`the row is malformed (${error?.message ?? `${cells.length} cells where the header has ${layout.width}`}): the file was cut or edited`);
        return parser.abort();
      }
      const { columns } = layout;
      const cell: Row = (column) => cells[columns[column]];
      if (seal) {
        fail(ROW_AFTER_SEAL);
        return parser.abort();
      }
      if (text(cell('seq')) === SEAL_ROW_SEQ) {
        seal = sealOf(cell);
        return;
      }
      const event = eventOf(cell);
      engagementId ??= event.engagementId;
      const broken =
        event.engagementId !== engagementId
          ? OTHER_ENGAGEMENT
          : continues && !first
            ? changedContent(event, digest)
            : brokenLink(previous, event, digest);
      if (broken) {
        fail(`event ${Number.isNaN(event.seq) ? '?' : event.seq}: ${broken}`);
        return parser.abort();
      }
      first ??= event;
      previous = event;
      eventCount++;
    },
  });
  if (failure) return failure;
  if (!layout) return { ok: false, reason: HEADER_ONLY };
  return { ok: true, layout, rows: row, eventCount, first, last: previous, seal };
}

type TrailFailure = Extract<TrailReading, { ok: false }>;
const ROW_AFTER_SEAL = 'a row comes after the seal: rows were added after the trail was sealed';
const OTHER_ENGAGEMENT = 'it belongs to another engagement than the rows above it';
const HEADER_ONLY = 'it holds no events, only a header';

/**
 * The trail that `parts`, read one after the other, make: each part's first event must follow the
 * last event before it and belong to the same engagement, and the seal row must come last and
 * cover exactly the events above it. Rows are numbered from the start of the first part.
 */
export function joinTrailParts(parts: readonly TrailPart[]): TrailReading {
  let previous: TrailEvent | undefined;
  let engagementId: string | undefined;
  let eventCount = 0;
  let row = 0;
  let seal: TrailSeal | undefined;
  for (const part of parts) {
    if (seal && part.rows > 0) return { ok: false, row: row + 1, reason: ROW_AFTER_SEAL };
    const { first } = part;
    if (first) {
      engagementId ??= first.engagementId;
      const broken = first.engagementId !== engagementId ? OTHER_ENGAGEMENT : outOfPlace(previous, first);
      if (broken) return { ok: false, row: row + 1, reason: `event ${Number.isNaN(first.seq) ? '?' : first.seq}: ${broken}` };
    }
    previous = part.last ?? previous;
    eventCount += part.eventCount;
    row += part.rows;
    seal = part.seal ?? seal;
  }
  if (!seal) {
    if (eventCount === 0) return { ok: false, reason: HEADER_ONLY };
    return { ok: false, row: row + 1, reason: 'it has no seal after its last event: the file was cut short, or the seal row removed' };
  }
  const sealRow = row;
  if (seal.form !== SEAL_FORM) return { ok: false, row: sealRow, reason: `its seal is of form ${seal.form}, which this Tickmark cannot check` };
  if (seal.eventCount !== eventCount) {
    return { ok: false, row: sealRow, reason: `the seal covers ${seal.eventCount} events but the file holds ${eventCount}: rows were removed or added` };
  }
  if (eventCount > 0 && seal.engagementId !== engagementId) return { ok: false, row: sealRow, reason: 'the seal is for another engagement' };
  if (seal.headHash !== (previous?.hash ?? GENESIS_HASH)) {
    return { ok: false, row: sealRow, reason: 'the seal was made for another last event: the trail was changed after it was sealed' };
  }
  return { ok: true, eventCount, engagementId: seal.engagementId, seal };
}

/** Read a whole exported trail: one part. */
export function readAuditTrailCsv(csv: string, digest: Sha256Hex = portableSha256Hex): TrailReading {
  const text = csv.replace(/^\uFEFF/, '');
  const part = readTrailRows(text, csvDialect(text), digest);
  return part.ok ? joinTrailParts([part]) : part;
}
