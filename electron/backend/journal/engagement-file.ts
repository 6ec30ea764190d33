import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { verifyChain, type TrailEvent } from '../../../shared/audit/event';
import { JournalEntrySchema, type StoredEntry } from '../../../shared/ipc/journal-schemas';
import { reason, type Failure, type InnerReason } from '../../../shared/ipc/reasons';
import { fileProblemEnglish } from '../file-system-reason';
import { EMPTY_CHAIN, type ChainHead } from './chain-head';
import { readLines } from './line-reader';
import { setAsideTornTail } from './torn-tail';

/**
 * What the journal knows of one engagement's file without reading it again: where each entry
 * starts, where the chain ends and where the next entry goes. Built by one pass over the file.
 */
export interface EngagementIndex {
  engagementId: string;
  path: string;
  /** As last recorded, for the status; the id until an entry names it. */
  name: string;
  /** The byte length of the file's whole lines: where the next entry is written. */
  size: number;
  head: ChainHead;
  /** Readable entries in file order: their event's seq and their line's byte offset. */
  seqs: number[];
  offsets: number[];
  /** Why this file's chain cannot be trusted as it is; it is reported, never repaired. */
  problem?: Failure;
  /** Why nothing may be appended to this file now (a damaged tail that could not be set aside). */
  blocked?: Failure;
  lastWriteAt: Date | null;
}

export function emptyIndex(engagementId: string, path: string): EngagementIndex {
  return { engagementId, path, name: engagementId, size: 0, head: EMPTY_CHAIN, seqs: [], offsets: [], lastWriteAt: null };
}

export type ParsedLine = { ok: true; entry: StoredEntry } | { ok: false; notJson: boolean; reason: string; why: InnerReason };

/** Parse and validate one line; the reason in words and as a code when it is not a journal entry. */
export function parseEntry(text: string): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, notJson: true, reason: 'it is not JSON', why: reason('journalLine.notJson') };
  }
  const parsed = JournalEntrySchema.safeParse(json);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const words = z.prettifyError(parsed.error).replace(/\s+/g, ' ');
  const field = parsed.error.issues[0]?.path.join('.') || '—';
  return { ok: false, notJson: false, reason: words, why: reason('journalLine.notEntry', { params: { field }, detail: words }) };
}

/** The engagement's name as an entry records it, if it does. */
function nameIn({ event, records }: StoredEntry): string | undefined {
  if (records.engagement) return records.engagement.name;
  if (event.form === 2) return event.engagementName;
  return event.action === 'engagement.created' ? event.detail : undefined;
}

export interface ScannedFile {
  index: EngagementIndex;
  problems: Failure[];
}

/**
 * Read one engagement's journal file line by line: index it, check its chain, and set aside a
 * last line that was cut short (a crash mid-write) so the next entry starts on a whole line.
 * Holds the engagement's events (not their records) while it reads, to check the chain.
 */
export async function scanEngagementFile(path: string, engagementId: string, asideDir: string): Promise<ScannedFile> {
  const index = emptyIndex(engagementId, path);
  const problems: Failure[] = [];
  const events: TrailEvent[] = [];
  let unreadable: { lineNumber: number; offset: number; notJson: boolean; reason: string; why: InnerReason } | null = null;
  let lineNumber = 0;
  let torn: { offset: number; why: Failure } | null = null;

  for await (const line of readLines(path)) {
    lineNumber++;
    if (unreadable) problems.push(damagedLine(path, unreadable.lineNumber, unreadable));
    unreadable = null;
    if (!line.terminated) {
      torn = { offset: line.offset, why: { message: `its last ${line.length} bytes have no end of line`, reason: reason('journal.noEndOfLine', { params: { bytes: line.length } }) } };
      break;
    }
    const parsed = parseEntry(line.text);
    if (!parsed.ok) {
      // Not JSON on the last line is a write cut short too; anywhere else the line is damaged.
      unreadable = { lineNumber, offset: line.offset, notJson: parsed.notJson, reason: parsed.reason, why: parsed.why };
      index.size = line.offset + line.length + 1;
      continue;
    }
    const { event } = parsed.entry;
    if (event.engagementId !== engagementId) {
      const foreign = event.engagementId;
      problems.push(damagedLine(path, lineNumber, { reason: `it belongs to engagement ${foreign}`, why: reason('journalLine.foreign', { params: { engagementId: foreign } }) }));
    } else {
      events.push(event);
      index.seqs.push(event.seq);
      index.offsets.push(line.offset);
      index.head = { seq: event.seq, hash: event.hash };
      index.name = nameIn(parsed.entry) ?? index.name;
    }
    index.size = line.offset + line.length + 1;
  }
  if (unreadable?.notJson) {
    torn = { offset: unreadable.offset, why: { message: 'its last line is not JSON', reason: reason('journal.lastLineNotJson') } };
  } else if (unreadable) {
    problems.push(damagedLine(path, unreadable.lineNumber, unreadable));
  }

  if (torn) {
    index.size = torn.offset;
    const aside = await setAsideTornTail(path, torn.offset, asideDir);
    const cutShort = `The journal of “${index.name}” ended in a write that was cut short (${torn.why.message}), as when the app stops mid-write. `;
    const cause: InnerReason = torn.why.reason;
    if (aside.ok) {
      problems.push({
        message: cutShort + `That tail was set aside in ${aside.value} and the journal goes on from event ${index.head.seq}.`,
        reason: reason('journal.tornSetAside', { params: { name: index.name, path: aside.value, seq: index.head.seq }, cause }),
      });
    } else {
      const file = fileProblemEnglish(aside.error);
      problems.push({
        message: cutShort + `It could not be set aside (${file}); nothing more is written to this journal until it can.`,
        reason: reason('journal.tornStuck', { params: { name: index.name }, file: aside.error, cause }),
      });
      index.blocked = { message: `its last line is cut short and could not be set aside: ${file}`, reason: reason('journal.tailStuck', { file: aside.error }) };
    }
  }

  const chain = verifyChain(events);
  if (!chain.ok) {
    index.problem ??= { message: `its chain breaks at event ${chain.seq}: ${chain.reason}`, reason: reason('journal.chainBreaks', { params: { seq: chain.seq }, detail: chain.reason, link: chain.why }) };
    problems.push({
      message:
        `The journal of “${index.name}” disagrees with its own chain at event ${chain.seq}: ${chain.reason}. ` +
        `It is kept as it is (${path}); Tickmark does not repair it, and restores nothing from it.`,
      reason: reason('journal.chainDisagrees', { params: { name: index.name, seq: chain.seq, path }, detail: chain.reason, link: chain.why }),
    });
  }
  index.lastWriteAt = (await stat(path)).mtime;
  return { index, problems };
}

/** A line that is no entry of this engagement: `reason` in English, `why` as a code. */
function damagedLine(path: string, lineNumber: number, { reason: english, why }: { reason: string; why: InnerReason }): Failure {
  return {
    message: `Line ${lineNumber} of ${path} is not a journal entry (${english}). It is kept as it is and left out of any restore.`,
    reason: reason('journal.damagedLine', { params: { path, line: lineNumber }, cause: why }),
  };
}
