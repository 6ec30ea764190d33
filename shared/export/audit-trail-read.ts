import Papa from 'papaparse';
import { contentBreak, GENESIS_HASH, linkBreak, placeBreak, portableSha256Hex, type LinkBreak, type Sha256Hex, type TrailEvent } from '../audit/event';
import { SEAL_FORM, type TrailSeal } from '../audit/seal';
import { AUDIT_TRAIL_COLUMNS, SEAL_ROW_SEQ, type AuditTrailColumn } from './audit-trail-csv';
import { eventOf, sealOf, text, type Row } from './audit-trail-row';
import { trailFailure, type TrailFailure, type TrailProblem } from './trail-problem';

/**
 * Reading an exported audit trail back and checking everything that needs no key: every event's
 * hash and link, that the seal row comes last, covers exactly the events above it and names the
 * last one. The seal's signature and whose key made it are checked by the Node side (verify-trail).
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export type TrailReading =
  | { ok: true; eventCount: number; engagementId: string; seal: TrailSeal }
  | TrailFailure;

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

function layoutOf(header: readonly string[]): TrailLayout | TrailProblem {
  const missing = AUDIT_TRAIL_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) return { code: 'notTrail', columns: missing.join(', ') };
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
      if (!('code' in found)) layout = found;
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
  const fail = (problem: TrailProblem): void => {
    failure = trailFailure(problem, row);
  };

  Papa.parse<string[]>(csv, {
    ...dialect,
    step: (result, parser) => {
      const cells = result.data;
      if (isBlank(cells)) return;
      row++;
      if (!layout) {
        const found = layoutOf(cells);
        if ('code' in found) {
          failure = trailFailure(found);
          return parser.abort();
        }
        layout = found;
        return;
      }
      const error = result.errors[0];
      if (error || cells.length !== layout.width) {
        fail(error ? { code: 'rowQuotes', detail: error.message } : { code: 'rowCells', cells: cells.length, width: layout.width });
        return parser.abort();
      }
      const { columns } = layout;
      const cell: Row = (column) => cells[columns[column]];
      if (seal) {
        fail({ code: 'rowAfterSeal' });
        return parser.abort();
      }
      if (text(cell('seq')) === SEAL_ROW_SEQ) {
        seal = sealOf(cell);
        return;
      }
      const event = eventOf(cell);
      engagementId ??= event.engagementId;
      const broken = event.engagementId !== engagementId ? 'foreign' : continues && !first ? contentBreak(event, digest) : linkBreak(previous, event, digest);
      if (broken) {
        fail(eventProblem(event, broken));
        return parser.abort();
      }
      first ??= event;
      previous = event;
      eventCount++;
    },
  });
  if (failure) return failure;
  if (!layout) return trailFailure({ code: 'headerOnly' });
  return { ok: true, layout, rows: row, eventCount, first, last: previous, seal };
}

/** Why `event` breaks the trail: it belongs to another engagement, or its link or content is broken. */
function eventProblem(event: TrailEvent, broken: 'foreign' | LinkBreak): TrailProblem {
  const seq = Number.isNaN(event.seq) ? null : event.seq;
  return broken === 'foreign' ? { code: 'eventForeign', seq } : { code: 'eventBreaks', seq, link: broken };
}

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
    if (seal && part.rows > 0) return trailFailure({ code: 'rowAfterSeal' }, row + 1);
    const { first } = part;
    if (first) {
      engagementId ??= first.engagementId;
      const broken = first.engagementId !== engagementId ? 'foreign' : placeBreak(previous, first);
      if (broken) return trailFailure(eventProblem(first, broken), row + 1);
    }
    previous = part.last ?? previous;
    eventCount += part.eventCount;
    row += part.rows;
    seal = part.seal ?? seal;
  }
  if (!seal) return eventCount === 0 ? trailFailure({ code: 'headerOnly' }) : trailFailure({ code: 'sealMissing' }, row + 1);
  const sealRow = row;
  if (seal.form !== SEAL_FORM) return trailFailure({ code: 'sealForm', form: String(seal.form) }, sealRow);
  if (seal.eventCount !== eventCount) return trailFailure({ code: 'sealCount', sealed: seal.eventCount, found: eventCount }, sealRow);
  if (eventCount > 0 && seal.engagementId !== engagementId) return trailFailure({ code: 'sealEngagement' }, sealRow);
  if (seal.headHash !== (previous?.hash ?? GENESIS_HASH)) return trailFailure({ code: 'sealHead' }, sealRow);
  return { ok: true, eventCount, engagementId: seal.engagementId, seal };
}

/** Read a whole exported trail: one part. */
export function readAuditTrailCsv(csv: string, digest: Sha256Hex = portableSha256Hex): TrailReading {
  const text = csv.replace(/^\uFEFF/, '');
  const part = readTrailRows(text, csvDialect(text), digest);
  return part.ok ? joinTrailParts([part]) : part;
}
