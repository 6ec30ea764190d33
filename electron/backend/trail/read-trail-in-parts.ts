// A long trail CSV read in parts at once, one per core. Each event's hash depends only on its own
// row and the previous hash it states, so every part is checked alone (on a thread of its own,
// trail-part-thread.ts, but for the first, read here), and the links between parts, the count and
// the seal once all are read (joinTrailParts). Only an intact trail's reading comes from here: at
// the first doubt the caller reads the file whole, which names the row and the reason.
import { isUtf8 } from 'node:buffer';
import { hash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  csvDialect,
  DIALECT_HEAD_CHARS,
  joinTrailParts,
  readTrailRows,
  trailLayout,
  type CsvDialect,
  type TrailLayout,
  type TrailPart,
  type TrailReading,
} from '../../../shared/export/audit-trail-read';
import { trailFailure } from '../../../shared/export/trail-problem';
import type { Sha256Hex } from '../../../shared/audit/event';
import type { TrailSeal } from '../../../shared/audit/seal';
import { workerStart } from '../worker/start';
import { rowStarts } from './row-starts';

/** What a part's thread is given: its bytes (whole rows), and the dialect and header layout of the file. */
export interface TrailPartJob {
  bytes: Uint8Array;
  dialect: CsvDialect;
  /** Absent for the first part, which starts with the header. */
  layout?: TrailLayout;
}

/** Enough bytes for DIALECT_HEAD_CHARS characters: UTF-8 takes at most 3 bytes per UTF-16 unit. */
const HEAD_BYTES = 3 * DIALECT_HEAD_CHARS + 3;

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The reading of `bytes`, a trail CSV, when the trail is intact: the first part read here, one more
 * by each of `readers`. Undefined when anything is amiss (or the file cannot be cut into parts), for
 * the caller to read it whole.
 */
export async function readTrailInParts(bytes: Uint8Array, readers: readonly PartReader[]): Promise<TrailReading | undefined> {
  const parts = readers.length + 1;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = hasBom(buffer) ? 3 : 0;
  const head = buffer.toString('utf8', from, from + HEAD_BYTES).slice(0, DIALECT_HEAD_CHARS);
  const dialect = csvDialect(head);
  const layout = trailLayout(head, dialect);
  if (!layout) return undefined;
  const starts = [from, ...rowStarts(buffer, from, partTargets(from, buffer.length, parts), dialect.newline).filter((start) => start < buffer.length)];
  const ends = [...starts.slice(1), buffer.length];

  const others = starts.slice(1).map((start, index) => readers[index]!({ bytes: buffer.subarray(start, ends[index + 1]), dialect, layout }));
  const first = readTrailPart({ bytes: buffer.subarray(from, ends[0]), dialect });
  const read = [first, ...(await Promise.all(others))];
  if (!read.every((part): part is TrailPart => part?.ok === true)) return undefined;
  if (JSON.stringify(first.ok && first.layout) !== JSON.stringify(layout)) return undefined;
  const reading = joinTrailParts(read);
  if (!reading.ok) return undefined;
  const seal = Object.fromEntries(Object.entries(reading.seal).map(([field, value]) => [field, typeof value === 'string' ? textOf(value) : value]));
  return { ...reading, engagementId: textOf(reading.engagementId), seal: seal as TrailSeal };
}

/*
 * Parts are read as byte strings, one character per byte (latin1), not decoded: decoding is a third
 * of the work, and V8 makes a two-byte string of all of a part once it holds one Chinese character.
 * Every character papaparse and the cells' reading look at (delimiters, quotes, line breaks, digits,
 * prefixes) is ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so the rows and cells
 * come out the same, each holding its UTF-8 bytes; JSON.stringify escapes no character above 0x7f,
 * so the canonical form's bytes are the UTF-8 the whole reading hashes. What is shown (the seal's
 * names) is decoded once the parts are joined. Each part is checked to be UTF-8 first.
 */
const byteStringSha256Hex: Sha256Hex = (bytes) => hash('sha256', Buffer.from(bytes, 'latin1'), 'hex');
const textOf = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/** Reads one part of a trail; undefined if it could not be read at all. */
export type PartReader = (job: TrailPartJob) => Promise<PartReading | undefined>;
export type PartReading = ReturnType<typeof readTrailRows>;

/**
 * Where to cut `from`–`to` into `parts`: the part read on the calling thread is a fifth longer than
 * the others. A thread's code starts cold; cut in equal parts, 100 000 events, the calling thread
 * was done 30–500 ms before the other.
 */
function partTargets(from: number, to: number, parts: number): number[] {
  const share = (to - from) / (parts + 0.2);
  return Array.from({ length: parts - 1 }, (_, index) => Math.round(from + share * (index + 1.2)));
}

/**
 * Read a part (the first, with the header, when `layout` is not given): what each part's thread does.
 * UTF-8 is checked part by part: a part ends at a line break, so no character spans two.
 */
export function readTrailPart({ bytes, dialect, layout }: TrailPartJob): PartReading {
  if (!isUtf8(bytes)) return trailFailure({ code: 'notUtf8', spreadsheetHint: false });
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return readTrailRows(text, dialect, byteStringSha256Hex, layout);
}

/** Threads that each read one part, and how to end them once read (or if not needed). */
export interface PartThreads {
  readers: PartReader[];
  stop(): Promise<void>;
}

/**
 * One thread per core but this one, each started before its part is known and then waiting for it:
 * a thread takes 0.1–0.2 s to start and load its code, which finding where to cut the file and the
 * calling thread's longer part then hide.
 */
export function partThreads(count = Math.min(availableParallelism(), 4) - 1, threadUrl = partThreadUrl()): PartThreads {
  const threads = Array.from({ length: count }, () => {
    const { url, options } = workerStart(threadUrl);
    return new Worker(url, options);
  });
  const readers = threads.map((thread): PartReader => {
    const read = new Promise<PartReading | undefined>((resolve) => {
      thread.once('message', resolve);
      thread.once('error', () => resolve(undefined));
      thread.once('exit', () => resolve(undefined));
    });
    return (job) => {
      // Bytes in shared memory are shared; others are copied once, and the copy moved to the thread.
      const shared = job.bytes.buffer instanceof SharedArrayBuffer;
      const bytes = shared ? job.bytes : new Uint8Array(job.bytes);
      thread.postMessage({ ...job, bytes }, shared ? [] : [bytes.buffer as ArrayBuffer]);
      return read;
    };
  });
  return { readers, stop: async () => void (await Promise.all(threads.map((thread) => thread.terminate()))) };
}

/** The part thread beside this module: the TypeScript source under tsx, the bundled script beside it in the build. */
function partThreadUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./trail-part-thread.ts', import.meta.url) : new URL('./trail-part-thread.js', import.meta.url);
}
