import type { z } from 'zod';
import type { FailureSchema, FileProblemSchema, ReasonSchema } from './reason-schemas';

/**
 * Why the Node side could not do something, in a form the UI says in its own language: a code, its
 * parameters (names, paths, event numbers) and, where the operating system or a library gave words
 * of its own, that detail. The English message travels beside it, for logs and the CLI, and as the
 * detail of a reason the UI's catalogue does not know (renderer/src/i18n/reason-text.ts).
 */

/** What the file system said, as fileSystemProblem (electron/backend/file-system-reason.ts) reads its error codes. */
export const FILE_PROBLEMS = ['missing', 'folder', 'permission', 'disk-full', 'read-only', 'exists', 'too-many-open', 'busy', 'other'] as const;
export type FileProblemCode = (typeof FILE_PROBLEMS)[number];

/** Node's errno codes read as file problems, on the Node side and in the renderer (where an error's message is all that crosses IPC). */
export const FILE_PROBLEM_OF_ERRNO: Readonly<Record<string, Exclude<FileProblemCode, 'other'>>> = {
  ENOENT: 'missing',
  EISDIR: 'folder',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EEXIST: 'exists',
  EMFILE: 'too-many-open',
  ENFILE: 'too-many-open',
  EBUSY: 'busy',
};

export const REASON_CODES = [
  // Exports (a clause after what failed: "The audit trail was not exported: …")
  /** Writing an export to `path` failed (`file` says why). */
  'save.failed',
  /** An export never replaces a file: one is already at `path`. */
  'save.exists',
  /** The installation's signing key could not be opened (`detail`: what opening it said). */
  'key.unopened',
  /** The signing key's file could not be read or written (`file`). */
  'key.unreadable',
  /** The signing key file `path` is damaged. */
  'key.damaged',
  /** The signing key in `path` is locked by the OS key store, which is not available. */
  'key.locked',
  /** Event `seq` of the trail does not verify (`detail`): a broken chain is never sealed. */
  'trail.unverified',
  /** The trail holds events of another engagement. */
  'trail.foreign',
  /** The journal holds no events of the engagement. */
  'journal.empty',
  // Why an engagement's journal file is not trusted or not written to (a clause)
  /** Its chain breaks at event `seq` (`detail`). */
  'journal.chainBreaks',
  /** Its cut-short last line could not be set aside (`file`). */
  'journal.tailStuck',
  /** It could not be read (`file`). */
  'journal.cannotRead',
  /** Its last `bytes` bytes have no end of line. */
  'journal.noEndOfLine',
  /** Its last line is not JSON. */
  'journal.lastLineNotJson',
  // The journal's problems and refusals (a sentence)
  /** The journal of `name` is not written to (`cause`). */
  'journal.blocked',
  /** The journal holds another event `seq` of `name`. */
  'journal.fork',
  /** The journal of `name` ends at event `seq`; event `next` cannot follow it yet. */
  'journal.gap',
  /** Event `seq` was not journaled (`detail`). */
  'journal.refused',
  /** Nothing was written to the journal in `dir` (`file`). */
  'journal.notWritten',
  /** The journal of `name` could not be read (`file`). */
  'journal.unreadable',
  /** The journal folder `dir` could not be read (`file`). */
  'journal.folderUnreadable',
  /** The journal file `path` could not be read (`file`); nothing is written to it until it can. */
  'journal.fileUnreadable',
  /** Line `line` of `path` is not a journal entry (`cause`: one of the journalLine reasons). */
  'journal.damagedLine',
  // Why a line of a journal file is no entry of its engagement (a clause)
  'journalLine.notJson',
  /** Its `field` is missing or wrong (`detail`: the schema's words). */
  'journalLine.notEntry',
  /** It belongs to engagement `engagementId`. */
  'journalLine.foreign',
  /** The journal of `name` ended in a write cut short (`cause`); the tail was set aside in `path`, the journal goes on from event `seq`. */
  'journal.tornSetAside',
  /** The journal of `name` ended in a write cut short (`cause`) that could not be set aside (`file`). */
  'journal.tornStuck',
  /** The journal of `name` disagrees with its own chain at event `seq` (`detail`); kept as it is at `path`. */
  'journal.chainDisagrees',
  /** A copy of an original could not be kept in `dir` (`file`). */
  'original.notKept',
  /** The original `sha256` is not in `dir` (`file`). */
  'original.missing',
  /** The original kept as `path` was changed on disk. */
  'original.changed',
  // Why an archive cannot be read (a clause after "<file> was not imported: ")
  /** It is not a ZIP file. */
  'archive.notZip',
  /** It is damaged (`detail`: the ZIP reader's words). */
  'archive.damaged',
  /** Its list of files cannot be read: it was cut short, or is not a whole ZIP file. */
  'archive.cutShort',
  /** A file in it cannot be decompressed. */
  'archive.badCompression',
  /** Its `part` unpacks to another size than its list of files says. */
  'archive.sizeMismatch',
  /** It would unpack to `size` MB, more than the `max` MB Tickmark allows. */
  'archive.tooLarge',
  /** It holds `count` files, more than the `max` an archive may. */
  'archive.tooManyFiles',
  /** Its `part` would unpack to `size` MB, more than the `max` MB allowed. */
  'archive.partTooLarge',
  /** It holds `name`, which no Tickmark archive holds. */
  'archive.foreignFile',
  /** It lacks its `part`, or an original (`name`). */
  'archive.missingPart',
  /** Its `part` is not what a Tickmark archive holds there. */
  'archive.badPart',
  /** Line `line` of its journal is not JSON. */
  'archive.lineNotJson',
  /** Line `line` of its journal is not a journal entry: its `field` is missing or wrong (`detail`: the schema's words). */
  'archive.lineNotEntry',
  /** Line `line` of its journal belongs to another engagement. */
  'archive.lineForeign',
  /** It does not verify: event `seq` of its journal breaks the chain (`detail`, said from `link`). */
  'archive.journalBreaks',
  /** It does not verify: its journal does not end where its manifest says. */
  'archive.journalEnds',
  /** It does not verify: its `part` does not read back (`cause`: one of the trailCsv reasons). */
  'archive.trailUnverified',
  /** It does not verify: the seal of its `part` does not match its signature. */
  'archive.sealForged',
  /** It does not verify: its `part` is sealed for another trail than its journal holds. */
  'archive.sealForeign',
  /** It does not verify: its original `sha256` is not the file of that SHA-256. */
  'archive.originalChanged',
  // Why a report or evidence file cannot be read (a clause after "Could not import <file>: "; electron/backend/formats)
  'read.cancelled',
  'read.unsupportedFormat',
  /** It is not a Word document / an Excel workbook: not a ZIP archive. */
  'read.docx.notZip',
  'read.xlsx.notZip',
  /** mammoth / SheetJS refused it (`detail`: the library's words). */
  'read.docx.invalid',
  'read.xlsx.invalid',
  /** Its ZIP archive is damaged (`detail`: the ZIP reader's words). */
  'read.docx.zipDamaged',
  'read.xlsx.zipDamaged',
  /** Its `part` is damaged (`detail`: the ZIP reader's words). */
  'read.docx.partDamaged',
  'read.xlsx.partDamaged',
  /** It holds `count` files, more than the `max` Tickmark reads. */
  'read.docx.tooManyFiles',
  'read.xlsx.tooManyFiles',
  /** Its `part` would unpack to `ratio` times its packed size (`packed` to `size`), more than `max` times. */
  'read.docx.bomb',
  'read.xlsx.bomb',
  /** The file is `size`, more than the `max` Tickmark imports (sizes as `16 MB`), refused before it is read. */
  'read.fileTooLarge',
  /** Its `part` would unpack to `size`, more than the `max` Tickmark reads (sizes as `16 MB`). */
  'read.partTooLarge',
  /** Its text parts would unpack to `size`, more than the `max` Tickmark reads. */
  'read.partsTooLarge',
  /** It holds more than the `max` filled cells Tickmark reads in a workbook / a CSV file. */
  'read.xlsx.tooManyCells',
  'read.csv.tooManyCells',
  /** It does not start with the "%PDF-" signature. */
  'read.pdf.noSignature',
  /** It is cut off (no `%%EOF` near its end). */
  'read.pdf.cutOff',
  /** pdf.js refused it (`detail`: pdf.js's words). */
  'read.pdf.invalid',
  'read.pdf.passwordRequired',
  'read.pdf.passwordWrong',
  /** The PDF reader's thread stopped (`detail`: Node's words, or its exit `exitCode`). */
  'read.pdf.stopped',
  'read.pdf.exited',
  /** Reading it needed more than `max` MB of memory (no `max`: more than an import may use). */
  'read.outOfMemory',
  'read.outOfMemoryUnbounded',
  /** Its encoding is not recognised. */
  'read.text.encoding',
  /** It holds binary data. */
  'read.text.binary',
  /** Its first bytes are no PNG or JPEG signature. */
  'read.image.noSignature',
  /** It has more than `max` million pixels. */
  'read.image.tooManyPixels',
  /** sharp could not decode it (`detail`: sharp's words). */
  'read.image.unreadable',
  /** Something unforeseen failed while reading it (`detail`: the error's words). */
  'read.unexpected',
  // Why the import pool ended a job (electron/backend/importer.ts)
  /** Reading it took longer than `seconds` s. */
  'read.import.timeLimit',
  /** The import worker stopped (`detail`: Node's words), or exited with `exitCode`. */
  'read.import.stopped',
  'read.import.exited',
  /** It could not be handed to an import worker (`detail`). */
  'read.import.notHanded',
  // Why an exported trail does not read back (a clause; shared/export/trail-problem.ts, `row` where it names one)
  /** Its header lacks the `columns` columns. */
  'trailCsv.notTrail',
  'trailCsv.notUtf8',
  /** A quoted cell of row `row` does not end (`detail`: papaparse's words). */
  'trailCsv.rowQuotes',
  /** Row `row` has `cells` cells where the header has `width`. */
  'trailCsv.rowCells',
  /** Event `seq` (row `row`) belongs to another engagement. */
  'trailCsv.eventForeign',
  /** Event `seq` (row `row`) breaks the chain (`link`). */
  'trailCsv.eventBreaks',
  'trailCsv.rowAfterSeal',
  'trailCsv.headerOnly',
  'trailCsv.sealMissing',
  /** The seal is of form `form`. */
  'trailCsv.sealForm',
  /** The seal covers `sealed` events, the file holds `found`. */
  'trailCsv.sealCount',
  'trailCsv.sealEngagement',
  'trailCsv.sealHead',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type FileProblem = z.infer<typeof FileProblemSchema>;
export type Reason = z.infer<typeof ReasonSchema>;
export type InnerReason = Omit<Reason, 'cause'>;
export type Failure = z.infer<typeof FailureSchema>;

export const reason = (code: ReasonCode, extra: Omit<Reason, 'code'> = {}): Reason => ({ code, ...extra });
