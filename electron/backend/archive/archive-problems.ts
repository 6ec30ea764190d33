/**
 * Why an archive is refused, each problem in one place: the English clause the logs and the CLI
 * print after "<file> was not imported: ", and the reason (shared/ipc/reasons.ts) the UI says from
 * its catalogue. Nothing reaches the UI as English but the words of a library that has no codes for
 * them (a ZIP error fflate does not number, a schema's message), and those only as a detail.
 */
import type { LinkBreak } from '../../../shared/audit/event';
import { err, type Result } from '../../../shared/domain/result';
import type { TrailFailure } from '../../../shared/export/trail-problem';
import { reason, type Failure, type InnerReason, type Reason, type ReasonCode } from '../../../shared/ipc/reasons';

type Refusal = Result<never, Failure>;

const refuse = (message: string, code: ReasonCode, extra: Omit<Reason, 'code'> = {}): Refusal => err({ message, reason: reason(code, extra) });
const said = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** fflate's error codes (its `ec` table): 0 unexpected end, 13 no directory, 1–3 and 14 compressed data it cannot inflate. */
function unzipReason(error: unknown): Reason {
  switch ((error as { code?: unknown } | undefined)?.code) {
    case 0:
    case 13:
      return reason('archive.cutShort');
    case 1:
    case 2:
    case 3:
    case 14:
      return reason('archive.badCompression');
    default:
      return reason('archive.damaged', { detail: said(error) });
  }
}

/** What trail-problem.ts found wrong with a trail, as the reason inside archive.trailUnverified. */
export function trailReason({ problem, row }: TrailFailure): InnerReason {
  const code = `trailCsv.${problem.code}` as const satisfies ReasonCode;
  const at: Record<string, number> = row === undefined ? {} : { row };
  switch (problem.code) {
    case 'notTrail':
      return reason(code, { params: { columns: problem.columns } });
    case 'rowQuotes':
      return reason(code, { params: at, detail: problem.detail });
    case 'rowCells':
      return reason(code, { params: { ...at, cells: problem.cells, width: problem.width } });
    case 'eventForeign':
      return reason(code, { params: { ...at, seq: problem.seq ?? '?' } });
    case 'eventBreaks':
      return reason(code, { params: { ...at, seq: problem.seq ?? '?' }, link: problem.link });
    case 'sealForm':
      return reason(code, { params: { ...at, form: problem.form } });
    case 'sealCount':
      return reason(code, { params: { ...at, sealed: problem.sealed, found: problem.found } });
    default:
      return reason(code, { params: at });
  }
}

export const archiveProblem = {
  notZip: () => refuse('it is not a Tickmark archive (archives are ZIP files)', 'archive.notZip'),
  /** fflate could not read the ZIP's directory. */
  unreadableZip: (error: unknown) => err({ message: `it is not a readable ZIP archive (${said(error)})`, reason: unzipReason(error) }),
  /** fflate could not unpack a part. */
  damaged: (error: unknown) => err({ message: `it is damaged (${said(error)})`, reason: unzipReason(error) }),
  sizeMismatch: (part: string) => refuse(`its ${part} unpacks to another size than its directory says`, 'archive.sizeMismatch', { params: { part } }),
  tooManyFiles: (count: number, max: number) =>
    refuse(`it holds ${count} files, more than the ${max} an archive may`, 'archive.tooManyFiles', { params: { count, max } }),
  partTooLarge: (part: string, size: number, max: number) =>
    refuse(`its ${part} would unpack to ${size} MB, more than the ${max} MB allowed`, 'archive.partTooLarge', { params: { part, size, max } }),
  tooLarge: (size: number, max: number) => refuse(`it would unpack to ${size} MB, more than the ${max} MB allowed`, 'archive.tooLarge', { params: { size, max } }),
  foreignFile: (name: string) => refuse(`it holds "${name}", which no Tickmark archive holds`, 'archive.foreignFile', { params: { name } }),
  missingPart: (part: string, english = `it has no ${part}`) => refuse(english, 'archive.missingPart', { params: { part } }),
  notJson: (part: string) => refuse(`its ${part} is not JSON`, 'archive.badPart', { params: { part } }),
  notManifest: (part: string) => refuse(`its ${part} is not a Tickmark archive manifest`, 'archive.badPart', { params: { part } }),
  notUtf8: (part: string) => refuse(`its ${part} is not UTF-8 text`, 'archive.badPart', { params: { part } }),
  lineNotJson: (line: number) => refuse(`line ${line} of its journal is not JSON`, 'archive.lineNotJson', { params: { line } }),
  /** `field` is the path of the first thing the schema found wrong, `why` its words. */
  lineNotEntry: (line: number, field: string, why: string) =>
    refuse(`line ${line} of its journal is not a journal entry (${why})`, 'archive.lineNotEntry', { params: { line, field: field || '—' }, detail: why }),
  lineForeign: (line: number) => refuse(`line ${line} of its journal belongs to another engagement`, 'archive.lineForeign', { params: { line } }),
  journalBreaks: (seq: number, english: string, link: LinkBreak) =>
    refuse(`event ${seq} of its journal does not verify: ${english}`, 'archive.journalBreaks', { params: { seq }, detail: english, link }),
  journalEnds: () => refuse('its journal does not end where its manifest says: events were removed or added', 'archive.journalEnds'),
  trailUnverified: (part: string, trail: TrailFailure) =>
    refuse(`its ${part} does not verify${trail.row === undefined ? '' : ` at row ${trail.row}`}: ${trail.reason}`, 'archive.trailUnverified', {
      params: { part },
      cause: trailReason(trail),
    }),
  sealForged: (part: string) => refuse(`the seal of its ${part} does not match its signature: it was edited or forged`, 'archive.sealForged', { params: { part } }),
  sealForeign: (part: string) => refuse(`its ${part} is sealed for another trail than its journal holds`, 'archive.sealForeign', { params: { part } }),
  originalChanged: (sha256: string) => refuse(`its original ${sha256} is not the file of that SHA-256`, 'archive.originalChanged', { params: { sha256 } }),
};
