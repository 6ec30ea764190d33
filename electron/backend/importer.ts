import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '../../shared/domain/report';
import { err, type Result } from '../../shared/domain/result';
import { reason as because, type Reason } from '../../shared/ipc/reasons';
import type { ImportError, ImportProgress } from '../../shared/ipc/schemas';
import type { ImportJob, Importer } from './handlers';
import { DEFAULT_IMPORT_LIMITS, isOutOfMemory, memoryLimitReason, timeLimitReason, workerResourceLimits, type ImportLimits } from './worker/limits';
import { importError, isPdfName, type ImportRequest, type ImportWorkerData, type ImportWorkerMessage } from './worker/protocol';
import { workerStart } from './worker/start';

export interface ImporterOptions {
  /** Worker threads in the pool; by default one fewer than the CPUs, between 1 and 2. */
  poolSize?: number;
  /** The worker script (a test may point it at a fixture); by default `defaultWorkerUrl()`. */
  workerUrl?: URL;
  /** Memory and time each import may use; by default `DEFAULT_IMPORT_LIMITS`. */
  limits?: ImportLimits;
}

type ImportResult = Result<ParsedReport, ImportError>;

const CLOSING = 'Tickmark is closing';
/** How long a worker asked to stop has to answer before it is ended anyway: longer than one OCR model run. */
const STOP_GRACE_MS = 5_000;

interface Pending {
  job: ImportJob;
  onProgress: (progress: ImportProgress) => void;
  resolve: (result: ImportResult) => void;
}

/** A place in the pool: its worker, started when first needed, the one job it is running and that job's deadline. */
interface Slot {
  worker?: Worker;
  current?: Pending;
  deadline?: NodeJS.Timeout;
  /** When the deadline falls (ms since the epoch), and what it does: kept so OCR progress can move it. */
  deadlineAt?: number;
  expire?: () => void;
}

/**
 * The import worker beside this module. From source (tests, development) this module is
 * `electron/backend/importer.ts` and the worker is `worker/import-worker.ts`; bundled by esbuild
 * (the app, the CLI, the Chromium shell) this code is in `dist/electron/` and the worker is the
 * `import-worker.js` entry beside it.
 */
export function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker/import-worker.ts', import.meta.url)
    : new URL('./import-worker.js', import.meta.url);
}

/**
 * Imports reports on a small pool of worker threads, started lazily, one job per worker at a time and
 * the rest queued in order. Cancelling a queued job drops it; cancelling a running one terminates its
 * worker, which is replaced when next needed. A worker that crashes fails its job with `internal`.
 * Every worker runs under `limits`: one that outgrows its memory, or a job that outlasts its time, is
 * ended and its job fails with `too-large`, naming the file and the limit; the next job gets a new worker.
 * Each job's bytes are moved to the worker when they fill their whole buffer: the caller must not use
 * them after handing them over.
 */
export function createImporter(options: ImporterOptions = {}): Importer {
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const size = Math.max(1, Math.floor(options.poolSize ?? Math.min(2, availableParallelism() - 1)));
  const slots: Slot[] = Array.from({ length: size }, () => ({}));
  const queue: Pending[] = [];
  let closed = false;

  const cancelled = (job: ImportJob, reason = 'the import was cancelled'): ImportResult =>
    err(importError('cancelled', job.fileName, reason));

  function pump(): void {
    for (const slot of slots) {
      const next = slot.current === undefined ? queue.shift() : undefined;
      if (next !== undefined) start(slot, next);
    }
  }

  function start(slot: Slot, pending: Pending): void {
    slot.current = pending;
    try {
      const worker = slot.worker ?? spawn(slot, { pdfFirst: isPdfName(pending.job.fileName) });
      worker.ref();
      const { bytes, buffer } = ownedBytes(pending.job.bytes);
      const timeLimitMs = limits.timeLimitMs(bytes.byteLength); // before the bytes move to the worker
      const request: ImportRequest = { type: 'import', job: { ...pending.job, bytes } };
      worker.postMessage(request, [buffer]);
      const seconds = Math.round(timeLimitMs / 1000);
      const tooLong = err(importError('too-large', pending.job.fileName, timeLimitReason(timeLimitMs), because('read.import.timeLimit', { params: { seconds } })));
      setDeadline(slot, timeLimitMs, () => endJob(slot, tooLong));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      finish(slot, err(importError('internal', pending.job.fileName, `it could not be handed to an import worker (${reason})`, because('read.import.notHanded', { detail: reason }))));
    }
  }

  function spawn(slot: Slot, data: ImportWorkerData): Worker {
    const { url, options: startOptions } = workerStart(workerUrl, { ...data }, [], workerResourceLimits(limits));
    const worker = new Worker(url, startOptions);
    slot.worker = worker;
    worker.on('message', (message: ImportWorkerMessage) => {
      const pending = slot.current;
      if (slot.worker !== worker || pending === undefined) return;
      if (message.type === 'progress') {
        if (message.progress.jobId !== pending.job.jobId) return;
        if (message.progress.ocrPage !== undefined) extendDeadline(slot, limits.ocrPageMs);
        reportProgress(pending, message.progress);
      } else if (message.type === 'result' && message.jobId === pending.job.jobId) {
        finish(slot, message.result);
      }
    });
    const crashed = (reason: string, detail: Reason, code: ImportError['code'] = 'internal') => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      void worker.terminate();
      const pending = slot.current;
      if (pending !== undefined) finish(slot, err(importError(code, pending.job.fileName, reason, detail)));
    };
    const stoppedBy = (detail: string) => `the import stopped unexpectedly (${detail})`;
    const outOfMemory = because('read.outOfMemory', { params: { max: limits.memoryMb } });
    worker.on('error', (error) =>
      isOutOfMemory(error)
        ? crashed(memoryLimitReason(limits.memoryMb), outOfMemory, 'too-large')
        : crashed(stoppedBy(error.message), because('read.import.stopped', { detail: error.message })),
    );
    worker.on('messageerror', (error) => {
      const detail = `a message could not be read: ${error.message}`;
      crashed(stoppedBy(detail), because('read.import.stopped', { detail }));
    });
    worker.on('exit', (code) => crashed(stoppedBy(`its worker exited with code ${code}`), because('read.import.exited', { params: { exitCode: code } })));
    return worker;
  }

  function setDeadline(slot: Slot, ms: number, expire: () => void): void {
    clearTimeout(slot.deadline);
    slot.deadlineAt = Date.now() + ms;
    slot.expire = expire;
    slot.deadline = setTimeout(expire, ms);
    slot.deadline.unref(); // the busy worker holds the process open, not its deadline
  }

  /** Moves the slot's deadline to at least `ms` from now (OCR has started a page). */
  function extendDeadline(slot: Slot, ms: number | undefined): void {
    if (ms === undefined || slot.expire === undefined || slot.deadlineAt === undefined || Date.now() + ms <= slot.deadlineAt) return;
    setDeadline(slot, ms, slot.expire);
  }

  function finish(slot: Slot, result: ImportResult): void {
    const pending = slot.current;
    slot.current = undefined;
    clearTimeout(slot.deadline);
    slot.deadline = undefined;
    slot.deadlineAt = undefined;
    slot.expire = undefined;
    slot.worker?.unref();
    pending?.resolve(result);
    pump();
  }

  /** Stop the slot's job where it is, by ending its worker, and answer it with `result`. */
  function endJob(slot: Slot, result: ImportResult): void {
    void stopWorker(slot);
    finish(slot, result);
  }

  /**
   * Ends the slot's worker, if any; a new one starts when the slot next gets a job. The worker is
   * asked to stop first and ended once it says no OCR model is running (ending it mid-run aborts
   * the whole process), or after STOP_GRACE_MS if it does not answer (stuck in a hostile file).
   */
  function stopWorker(slot: Slot): Promise<number> | undefined {
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker === undefined) return undefined;
    return new Promise<void>((resolve) => {
      const grace = setTimeout(resolve, STOP_GRACE_MS);
      worker.on('message', (message: ImportWorkerMessage) => {
        if (message.type !== 'stopped') return;
        clearTimeout(grace);
        resolve();
      });
      try {
        worker.postMessage({ type: 'stop' } satisfies ImportRequest);
      } catch {
        clearTimeout(grace);
        resolve();
      }
    }).then(() => worker.terminate());
  }

  return {
    importReport(job, onProgress) {
      if (closed) return Promise.resolve(cancelled(job, CLOSING));
      return new Promise<ImportResult>((resolve) => {
        queue.push({ job, onProgress, resolve });
        pump();
      });
    },

    cancel(jobId) {
      const queued = queue.findIndex((pending) => pending.job.jobId === jobId);
      if (queued >= 0) {
        const [pending] = queue.splice(queued, 1);
        pending!.resolve(cancelled(pending!.job));
        return true;
      }
      const slot = slots.find((candidate) => candidate.current?.job.jobId === jobId);
      if (slot?.current === undefined) return false;
      endJob(slot, cancelled(slot.current.job));
      return true;
    },

    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve(cancelled(pending.job, CLOSING));
      const stopping = slots.map((slot) => {
        const pending = slot.current;
        slot.current = undefined;
        clearTimeout(slot.deadline);
        pending?.resolve(cancelled(pending.job, CLOSING));
        return stopWorker(slot);
      });
      await Promise.all(stopping);
    },
  };
}

/** A listener that throws (its window closed) must not take the pool down: progress is only news. */
function reportProgress(pending: Pending, progress: ImportProgress): void {
  try {
    pending.onProgress(progress);
  } catch {
    // Ignored: the import goes on and its result still arrives.
  }
}

/** Bytes the worker may own: the job's own when they fill their buffer, else a copy (never a shared pool). */
function ownedBytes(bytes: Uint8Array): { bytes: Uint8Array; buffer: ArrayBuffer } {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return { bytes, buffer };
  }
  const copy = bytes.slice();
  return { bytes: copy, buffer: copy.buffer };
}
