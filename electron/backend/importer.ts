import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '../../shared/domain/report';
import { err, type Result } from '../../shared/domain/result';
import type { ImportError, ImportProgress } from '../../shared/ipc/schemas';
import type { ImportJob, Importer } from './handlers';
import { importError, type ImportRequest, type ImportWorkerMessage } from './worker/protocol';
import { workerStart } from './worker/start';

export interface ImporterOptions {
  /** Worker threads in the pool; by default one fewer than the CPUs, between 1 and 2. */
  poolSize?: number;
  /** The worker script (a test may point it at a fixture); by default `defaultWorkerUrl()`. */
  workerUrl?: URL;
}

type ImportResult = Result<ParsedReport, ImportError>;

const CLOSING = 'Tickmark is closing';

interface Pending {
  job: ImportJob;
  onProgress: (progress: ImportProgress) => void;
  resolve: (result: ImportResult) => void;
}

/** A place in the pool: its worker, started when first needed, and the one job it is running. */
interface Slot {
  worker?: Worker;
  current?: Pending;
}

/**
 * The import worker beside this module. Under tsx (the CLI, tests, the Chromium shell) this module is
 * `electron/backend/importer.ts` and the worker is `worker/import-worker.ts`; bundled by esbuild for
 * Electron this code is inside `dist/electron/main.js` and the worker is the `import-worker.js` entry
 * beside it.
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
 * Each job's bytes are moved to the worker when they fill their whole buffer: the caller must not use
 * them after handing them over.
 */
export function createImporter(options: ImporterOptions = {}): Importer {
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
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
      const worker = slot.worker ?? spawn(slot);
      worker.ref();
      const { bytes, buffer } = ownedBytes(pending.job.bytes);
      const request: ImportRequest = { type: 'import', job: { ...pending.job, bytes } };
      worker.postMessage(request, [buffer]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      finish(slot, err(importError('internal', pending.job.fileName, `it could not be handed to an import worker (${reason})`)));
    }
  }

  function spawn(slot: Slot): Worker {
    const { url, options: startOptions } = workerStart(workerUrl);
    const worker = new Worker(url, startOptions);
    slot.worker = worker;
    worker.on('message', (message: ImportWorkerMessage) => {
      const pending = slot.current;
      if (slot.worker !== worker || pending === undefined) return;
      if (message.type === 'progress') {
        if (message.progress.jobId === pending.job.jobId) reportProgress(pending, message.progress);
      } else if (message.jobId === pending.job.jobId) {
        finish(slot, message.result);
      }
    });
    const crashed = (reason: string) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      void worker.terminate();
      const pending = slot.current;
      if (pending !== undefined) {
        finish(slot, err(importError('internal', pending.job.fileName, `the import stopped unexpectedly (${reason})`)));
      }
    };
    worker.on('error', (error) => crashed(error.message));
    worker.on('messageerror', (error) => crashed(`a message could not be read: ${error.message}`));
    worker.on('exit', (code) => crashed(`its worker exited with code ${code}`));
    return worker;
  }

  function finish(slot: Slot, result: ImportResult): void {
    const pending = slot.current;
    slot.current = undefined;
    slot.worker?.unref();
    pending?.resolve(result);
    pump();
  }

  /** Terminate the slot's worker, if any; a new one starts when the slot next gets a job. */
  function stopWorker(slot: Slot): Promise<number> | undefined {
    const worker = slot.worker;
    slot.worker = undefined;
    return worker?.terminate();
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
      void stopWorker(slot);
      finish(slot, cancelled(slot.current.job));
      return true;
    },

    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve(cancelled(pending.job, CLOSING));
      const stopping = slots.map((slot) => {
        const pending = slot.current;
        slot.current = undefined;
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
