// A long trail CSV read in parts at once, one per core. Each event's hash depends only on its own
// row and the previous hash it states, so every part is checked alone (on a thread of its own,
// trail-part-thread.ts, but for the first, read here), and the links between parts, the count and
// the seal once all are read (joinTrailParts). Only an intact trail's reading comes from here: at
// the first doubt the caller reads the file whole, which names the row and the reason.
import { isUtf8 } from 'node:buffer';
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
import { workerStart } from '../worker/start';
import { nativeSha256Hex } from './native-sha256';
import { rowStarts } from './row-starts';

/** What a part's thread is given: its bytes (whole rows), and the dialect and header layout of the file. */
export interface TrailPartJob {
  bytes: Uint8Array;
  dialect: CsvDialect;
  layout: TrailLayout;
}

/** Below this a trail is read whole: starting a thread (about 50 ms) would cost more than it saves. */
export const IN_PARTS_MIN_BYTES = 4 * 2 ** 20;

/** Enough bytes for DIALECT_HEAD_CHARS characters: UTF-8 takes at most 3 bytes per UTF-16 unit. */
const HEAD_BYTES = 3 * DIALECT_HEAD_CHARS + 3;

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * The reading of `bytes`, a trail CSV, in `parts` parts, when the trail is intact; undefined when
 * anything is amiss (or the file cannot be cut into parts), for the caller to read it whole.
 */
export async function readTrailInParts(
  bytes: Uint8Array,
  parts = Math.min(availableParallelism(), 4),
  readPart: PartReader = onThread(partThreadUrl()),
): Promise<TrailReading | undefined> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buffer)) return undefined;
  const from = hasBom(buffer) ? 3 : 0;
  const head = buffer.toString('utf8', from, from + HEAD_BYTES).slice(0, DIALECT_HEAD_CHARS);
  const dialect = csvDialect(head);
  const layout = trailLayout(head, dialect);
  if (!layout) return undefined;
  const size = buffer.length - from;
  const targets = Array.from({ length: parts - 1 }, (_, index) => from + Math.round((size * (index + 1)) / parts));
  const starts = [from, ...rowStarts(buffer, from, targets, dialect.newline).filter((start) => start < buffer.length)];
  const ends = [...starts.slice(1), buffer.length];

  const others = starts.slice(1).map((start, index) => readPart({ bytes: buffer.subarray(start, ends[index + 1]), dialect, layout }));
  const first = readTrailRows(buffer.toString('utf8', from, ends[0]), dialect, nativeSha256Hex);
  const read = [first, ...(await Promise.all(others))];
  if (!read.every((part): part is TrailPart => part?.ok === true)) return undefined;
  if (JSON.stringify(first.ok && first.layout) !== JSON.stringify(layout)) return undefined;
  const reading = joinTrailParts(read);
  return reading.ok ? reading : undefined;
}

/** Reads one part of a trail; undefined if it could not be read at all. */
export type PartReader = (job: TrailPartJob) => Promise<PartReading | undefined>;
export type PartReading = ReturnType<typeof readTrailRows>;

/** Read a part: what each part's thread does. */
export function readTrailPart({ bytes, dialect, layout }: TrailPartJob): PartReading {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return readTrailRows(text, dialect, nativeSha256Hex, layout);
}

/** Each part read on a thread of its own, started from `threadUrl`. Its bytes are copied once, and the copy moved to it. */
export function onThread(threadUrl: URL): PartReader {
  return (job) => {
    const bytes = new Uint8Array(job.bytes);
    const { url, options } = workerStart(threadUrl, { ...job, bytes }, [bytes.buffer]);
    return new Promise((resolve) => {
      const thread = new Worker(url, options);
      thread.once('message', resolve);
      thread.once('error', () => resolve(undefined));
      thread.once('exit', () => resolve(undefined));
    });
  };
}

/** The part thread beside this module: the TypeScript source under tsx, the bundled script beside it in the build. */
function partThreadUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./trail-part-thread.ts', import.meta.url) : new URL('./trail-part-thread.js', import.meta.url);
}
