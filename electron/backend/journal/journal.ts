import { constants } from 'node:fs';
import { mkdir, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { JournalAppendError, JournalEngagement, StoredEntry } from '../../../shared/ipc/journal-schemas';
import { linkBreak, linkBreakText } from '../../../shared/audit/event';
import { nativeSha256Hex } from '../trail/native-sha256';
import { EMPTY_CHAIN } from './chain-head';
import { emptyIndex, parseEntry, scanEngagementFile, type EngagementIndex } from './engagement-file';
import { reason, type Failure } from '../../../shared/ipc/reasons';
import { fileFailure } from '../file-system-reason';
import { readLines } from './line-reader';
import { originalStore, type OriginalStore } from './originals';

/**
 * The Node side's journal: the second copy of the auditor's work, beside IndexedDB. One file of
 * JSON lines per engagement (`<engagementId>.jsonl`), each line a sealed event and the records its
 * transaction wrote, appended in chain order and fsync'd before `append` resolves. Appends run one
 * at a time. Opening reads every file once, line by line, into an index (per engagement: where
 * each entry starts and where the chain ends), so appending never reads a file again.
 */
export interface Journal {
  append(entries: readonly StoredEntry[]): Promise<Result<{ appended: number }, JournalAppendError>>;
  /** An engagement's entries after `afterSeq`, in file order, up to about `budgetBytes` of them. */
  read(engagementId: string, afterSeq: number, budgetBytes?: number): Promise<Result<{ entries: StoredEntry[]; complete: boolean }, Failure>>;
  status(): Promise<{ engagements: JournalEngagement[]; problems: Failure[]; lastWriteAt: string | null; journalDir: string }>;
  originals: OriginalStore;
}

/** Where the journal lives in the app's data folder. */
export const journalDirIn = (dataDir: string) => join(dataDir, 'journal');

const ENTRY_FILE = /^([\w-]+)\.jsonl$/;
/** What one `journal:read` answer carries at most: a few reports' document records. */
const READ_BUDGET_BYTES = 16 * 1024 * 1024;

interface State {
  indexes: Map<string, EngagementIndex>;
  problems: Failure[];
}

export function openJournal(dir: string): Journal {
  const asideDir = join(dir, 'set-aside');
  const ready = scanAll(dir, asideDir);
  let queue: Promise<unknown> = ready;
  /** Run `work` after every append before it: one writer, in the order the calls came. */
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  let directoryMade = false;
  /** Engagements whose last write failed part-way: bytes may lie past the end of their last whole line. */
  const dirty = new Set<string>();

  async function write(state: State, engagementId: string, entries: readonly StoredEntry[]): Promise<Result<void, Failure>> {
    const index = state.indexes.get(engagementId) ?? emptyIndex(engagementId, join(dir, `${engagementId}.jsonl`));
    const lines = entries.map((entry) => JSON.stringify(entry) + '\n');
    const bytes = Buffer.from(lines.join(''), 'utf8');
    try {
      if (!directoryMade) await mkdir(dir, { recursive: true, mode: 0o700 });
      directoryMade = true;
      const created = index.size === 0 && !state.indexes.has(engagementId);
      // Positional writes rather than O_APPEND: a write that failed half-way is overwritten next time.
      const handle = await open(index.path, constants.O_WRONLY | constants.O_CREAT, 0o600);
      try {
        await handle.write(bytes, 0, bytes.length, index.size);
        if (dirty.has(engagementId)) await handle.truncate(index.size + bytes.length);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      if (created) await syncDirectory(dir);
    } catch (error) {
      dirty.add(engagementId);
      return err(fileFailure('journal.notWritten', { dir }, error, (cause) => `Not written to the journal in ${dir}: ${cause}.`));
    }
    dirty.delete(engagementId);
    let offset = index.size;
    entries.forEach((entry, i) => {
      index.seqs.push(entry.event.seq);
      index.offsets.push(offset);
      offset += Buffer.byteLength(lines[i]!);
    });
    const last = entries.at(-1)!;
    index.size = offset;
    index.head = { seq: last.event.seq, hash: last.event.hash };
    index.name = last.records.engagement?.name ?? (last.event.form === 2 ? last.event.engagementName : index.name);
    index.lastWriteAt = new Date();
    state.indexes.set(engagementId, index);
    return ok(undefined);
  }

  /** The entry stored for event `seq`, read back from its line. */
  async function storedEvent(index: EngagementIndex, seq: number): Promise<StoredEntry | null> {
    const at = index.seqs.lastIndexOf(seq);
    if (at === -1) return null;
    for await (const line of readLines(index.path, index.offsets[at])) {
      const parsed = parseEntry(line.text);
      return parsed.ok ? parsed.entry : null;
    }
    return null;
  }

  /** Which of `entries` are new to the journal, or why they cannot follow what it holds. */
  async function newEntries(state: State, engagementId: string, entries: readonly StoredEntry[]): Promise<Result<StoredEntry[], JournalAppendError>> {
    const index = state.indexes.get(engagementId);
    if (index?.blocked) {
      const { message, reason: cause } = index.blocked;
      return err({
        code: 'write-failed',
        engagementId,
        message: `The journal of “${index.name}” is not written to: ${message}.`,
        reason: reason('journal.blocked', { params: { name: index.name }, cause }),
      });
    }
    let head = index?.head ?? EMPTY_CHAIN;
    const fresh: StoredEntry[] = [];
    for (const entry of entries) {
      const { event } = entry;
      if (index && event.seq <= head.seq && fresh.length === 0) {
        // Sent again (a retry, or a catch-up crossing the live append): the same event is kept once.
        const stored = await storedEvent(index, event.seq);
        if (stored?.event.hash === event.hash) continue;
        return err({
          code: 'fork',
          engagementId,
          message: `The journal already holds another event ${event.seq} of “${index.name}”: the database and the journal disagree there. Neither is changed.`,
          reason: reason('journal.fork', { params: { seq: event.seq, name: index.name } }),
        });
      }
      if (event.seq > head.seq + 1) {
        const name = index?.name ?? engagementId;
        return err({
          code: 'gap',
          engagementId,
          journalSeq: head.seq,
          message: `The journal of “${name}” ends at event ${head.seq}; event ${event.seq} cannot follow it yet.`,
          reason: reason('journal.gap', { params: { name, seq: head.seq, next: event.seq } }),
        });
      }
      const why = linkBreak(head, event, nativeSha256Hex);
      if (why) {
        const problem = linkBreakText(why);
        return err({ code: 'refused', engagementId, message: `Event ${event.seq} was not journaled: ${problem}.`, reason: reason('journal.refused', { params: { seq: event.seq }, detail: problem, link: why }) });
      }
      fresh.push(entry);
      head = { seq: event.seq, hash: event.hash };
    }
    return ok(fresh);
  }

  return {
    append: (entries) =>
      serially(async () => {
        const state = await ready;
        const byEngagement = groupByEngagement(entries);
        const plans: Array<[string, StoredEntry[]]> = [];
        for (const [engagementId, group] of byEngagement) {
          const fresh = await newEntries(state, engagementId, group);
          if (!fresh.ok && fresh.error.code === 'fork' && fresh.error.reason) addProblem(state, { message: fresh.error.message, reason: fresh.error.reason });
          if (!fresh.ok) return fresh;
          plans.push([engagementId, fresh.value]);
        }
        let appended = 0;
        for (const [engagementId, fresh] of plans) {
          if (fresh.length === 0) continue;
          const written = await write(state, engagementId, fresh);
          if (!written.ok) {
            addProblem(state, written.error);
            return err({ code: 'write-failed', engagementId, ...written.error });
          }
          appended += fresh.length;
        }
        return ok({ appended });
      }),

    async read(engagementId, afterSeq, budgetBytes = READ_BUDGET_BYTES) {
      const { indexes } = await ready;
      const index = indexes.get(engagementId);
      const first = index?.seqs.findIndex((seq) => seq > afterSeq) ?? -1;
      if (!index || first === -1) return ok({ entries: [], complete: true });
      const end = index.size;
      const entries: StoredEntry[] = [];
      let bytes = 0;
      try {
        for await (const line of readLines(index.path, index.offsets[first])) {
          if (line.offset >= end) break;
          if (bytes > 0 && bytes + line.length > budgetBytes) return ok({ entries, complete: false });
          const parsed = parseEntry(line.text);
          if (!parsed.ok || parsed.entry.event.seq <= afterSeq || parsed.entry.event.engagementId !== engagementId) continue;
          entries.push(parsed.entry);
          bytes += line.length;
        }
      } catch (error) {
        return err(fileFailure('journal.unreadable', { name: index.name }, error, (cause) => `The journal of “${index.name}” could not be read: ${cause}.`));
      }
      return ok({ entries, complete: true });
    },

    async status() {
      const { indexes, problems } = await ready;
      const engagements = [...indexes.values()].map((index) => ({
        engagementId: index.engagementId,
        name: index.name,
        count: index.seqs.length,
        headSeq: index.head.seq,
        headHash: index.head.hash,
        ...(index.problem || index.blocked ? { problem: index.problem ?? index.blocked } : {}),
      }));
      const writes = [...indexes.values()].map((index) => index.lastWriteAt?.getTime() ?? 0);
      const last = Math.max(0, ...writes);
      return { engagements, problems: [...problems], lastWriteAt: last > 0 ? new Date(last).toISOString() : null, journalDir: dir };
    },

    originals: originalStore(join(dir, 'originals')),
  };
}

function addProblem(state: State, problem: Failure): void {
  if (!state.problems.some((known) => known.message === problem.message)) state.problems.push(problem);
}

function groupByEngagement(entries: readonly StoredEntry[]): Map<string, StoredEntry[]> {
  const groups = new Map<string, StoredEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.event.engagementId);
    if (group) group.push(entry);
    else groups.set(entry.event.engagementId, [entry]);
  }
  return groups;
}

/** Index every engagement's file, one after the other (memory holds one engagement's events at a time). */
async function scanAll(dir: string, asideDir: string): Promise<State> {
  const state: State = { indexes: new Map(), problems: [] };
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      addProblem(state, fileFailure('journal.folderUnreadable', { dir }, error, (cause) => `The journal in ${dir} could not be read: ${cause}.`));
    }
    return state;
  }
  for (const name of names.sort()) {
    const engagementId = ENTRY_FILE.exec(name)?.[1];
    if (!engagementId) continue;
    const path = join(dir, name);
    try {
      if (!(await stat(path)).isFile()) continue;
      const scanned = await scanEngagementFile(path, engagementId, asideDir);
      state.indexes.set(engagementId, scanned.index);
      scanned.problems.forEach((problem) => addProblem(state, problem));
    } catch (error) {
      const index = emptyIndex(engagementId, path);
      index.blocked = fileFailure('journal.cannotRead', {}, error, (cause) => `it could not be read (${cause})`);
      state.indexes.set(engagementId, index);
      addProblem(state, fileFailure('journal.fileUnreadable', { path }, error, (cause) => `The journal file ${path} could not be read: ${cause}. Nothing is written to it until it can.`));
    }
  }
  return state;
}

/** Make a new file's name in `dir` durable: on Linux a file's fsync does not cover its directory entry. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
