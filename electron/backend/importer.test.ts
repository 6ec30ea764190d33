import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/ipc/schemas';
import type { Importer } from './handlers';
import { createImporter, defaultWorkerUrl } from './importer';

const EXCERPT = readFileSync(new URL('../../../shared/eval/dev/text/002_9968-16057.txt', import.meta.url), 'utf8');
const TEST_WORKER = new URL('./__fixtures__/test-import-worker.ts', import.meta.url);

const text = (content: string) => new TextEncoder().encode(content);
const job = (jobId: string, fileName: string, content = 'Over 550 million users, up 39%.') => ({ jobId, fileName, bytes: text(content) });
const noProgress = () => {};

/** Resolves with the first progress event of a job: the worker has it and is working on it. */
function started(importer: Importer, jobId: string, fileName: string) {
  let resolveStarted: (progress: ImportProgress) => void = () => {};
  const isStarted = new Promise<ImportProgress>((resolve) => (resolveStarted = resolve));
  const result = importer.importReport(job(jobId, fileName), (progress) => resolveStarted(progress));
  return { isStarted, result };
}

let importer: Importer | undefined;
afterEach(async () => {
  await importer?.close();
  importer = undefined;
});

describe('createImporter', () => {
  it('finds its TypeScript worker beside it when run from source', () => {
    expect(defaultWorkerUrl().href).toBe(new URL('./worker/import-worker.ts', import.meta.url).href);
  });

  it('imports in a worker thread, reporting progress, and moves the bytes there', async () => {
    importer = createImporter({ poolSize: 1 });
    const events: ImportProgress[] = [];
    const request = job('real-1', 'excerpt.txt', EXCERPT);
    const result = await importer.importReport(request, (progress) => events.push(progress));
    expect(result).toMatchObject({ ok: true, value: { fileName: 'excerpt.txt', format: 'txt', encoding: 'utf-8', text: EXCERPT } });
    expect(events.map((event) => event.phase)).toContain('extracting');
    expect(events.at(-1)).toMatchObject({ jobId: 'real-1', phase: 'done' });
    expect(request.bytes.byteLength).toBe(0); // transferred, not copied
  });

  it('copies bytes that share their buffer instead of taking the whole buffer', async () => {
    importer = createImporter({ poolSize: 1 });
    const shared = text('xxxxOver 550 users.yyyy');
    const bytes = shared.subarray(4, shared.length - 4);
    const result = await importer.importReport({ jobId: 'view', fileName: 'v.txt', bytes }, noProgress);
    expect(result).toMatchObject({ ok: true, value: { text: 'Over 550 users.' } });
    expect(shared.byteLength).toBe(23);
  });

  it('answers every job of a queue, in a pool of two', async () => {
    importer = createImporter({ poolSize: 2 });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => importer!.importReport(job(`q-${i}`, `file-${i}.txt`, `Item ${i}: ${i * 100} users.`), noProgress)),
    );
    expect(results.map((result) => result.ok && result.value.fileName)).toEqual(['file-0.txt', 'file-1.txt', 'file-2.txt', 'file-3.txt', 'file-4.txt']);
  });

  it('passes errors from the import on as values', async () => {
    importer = createImporter({ poolSize: 1 });
    const result = await importer.importReport({ jobId: 'e', fileName: 'empty.txt', bytes: new Uint8Array(0) }, noProgress);
    expect(result).toMatchObject({ ok: false, error: { code: 'empty', fileName: 'empty.txt' } });
  });

  it('cancels a queued job at once and a running one by stopping its worker; the pool goes on', async () => {
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER });
    const running = started(importer, 'hang-1', 'hang-1.txt');
    const queued = importer.importReport(job('queued-1', 'queued.txt'), noProgress);
    await running.isStarted;

    expect(importer.cancel('queued-1')).toBe(true);
    expect(await queued).toEqual({
      ok: false,
      error: { code: 'cancelled', fileName: 'queued.txt', message: 'Could not import "queued.txt": the import was cancelled.' },
    });
    expect(importer.cancel('hang-1')).toBe(true);
    expect(await running.result).toMatchObject({ ok: false, error: { code: 'cancelled', fileName: 'hang-1.txt' } });
    expect(importer.cancel('hang-1')).toBe(false);
    expect(importer.cancel('never-heard-of')).toBe(false);

    expect(await importer.importReport(job('after', 'after.txt'), noProgress)).toMatchObject({ ok: true });
  });

  it.each([
    ['crash-q3.txt', /fixture crash on crash-q3\.txt/],
    ['exit-q3.txt', /exited with code 3/],
  ])('fails %s with internal when its worker dies, and the next job still works', async (fileName, detail) => {
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER });
    const crashed = importer.importReport(job('dies', fileName), noProgress);
    const next = importer.importReport(job('next', 'next.txt'), noProgress);
    const result = await crashed;
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', fileName, reason: { code: expect.stringMatching(/^read\.import\.(?:stopped|exited)$/) } } });
    if (!result.ok) {
      expect(result.error.message).toMatch(new RegExp(`^Could not import "${fileName}": the import stopped unexpectedly`));
      expect(result.error.message).toMatch(detail);
    }
    expect(await next).toMatchObject({ ok: true, value: { fileName: 'next.txt' } });
  });

  it('ends a worker that outgrows its memory limit, failing its job with the file and the limit; the next job gets a new worker', async () => {
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER, limits: { memoryMb: 64, timeLimitMs: () => 60_000 } });
    const hoarding = importer.importReport(job('hoard', 'hoard-q3.txt'), noProgress);
    const next = importer.importReport(job('next', 'next.txt'), noProgress);
    expect(await hoarding).toEqual({
      ok: false,
      error: { code: 'too-large', fileName: 'hoard-q3.txt', message: 'Could not import "hoard-q3.txt": reading it needed more than 64 MB of memory.', reason: { code: 'read.outOfMemory', params: { max: 64 } } },
    });
    expect(await next).toMatchObject({ ok: true, value: { fileName: 'next.txt' } });
  });

  it('gives a thread that an import worker starts (as pdf.js\'s parser is) the same memory limit', async () => {
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER, limits: { memoryMb: 48, timeLimitMs: () => 60_000 } });
    const result = await importer.importReport(job('thread', 'thread-hoard-q3.txt'), noProgress);
    expect(result).toMatchObject({ ok: false, error: { message: 'Could not import "thread-hoard-q3.txt": reading it needed more than 48 MB of memory.' } });
  });

  it('ends a job that outlasts its time limit, which grows with the file; the next job gets a new worker', async () => {
    // 100 ms per byte: the looping job's 30 bytes get 3 s, the next job's 300 bytes 30 s.
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER, limits: { memoryMb: 256, timeLimitMs: (bytes) => bytes * 100 } });
    const looping = importer.importReport(job('loop', 'loop-q3.txt', 'Over 550 million users, 39%...'), noProgress);
    const next = importer.importReport(job('next', 'next.txt', 'Over 550 million users. '.repeat(12) + '0'.repeat(12)), noProgress);
    expect(await looping).toEqual({
      ok: false,
      error: { code: 'too-large', fileName: 'loop-q3.txt', message: 'Could not import "loop-q3.txt": reading it took longer than 3 s.', reason: { code: 'read.import.timeLimit', params: { seconds: 3 } } },
    });
    expect(await next).toMatchObject({ ok: true, value: { fileName: 'next.txt' } });
  });

  it('fails every job with internal, naming the file, when the worker cannot start', async () => {
    importer = createImporter({ poolSize: 1, workerUrl: new URL('./__fixtures__/does-not-exist.ts', import.meta.url) });
    const result = await importer.importReport(job('x', 'x.txt'), noProgress);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', fileName: 'x.txt' } });
  });

  it('answers jobs still waiting when it closes, and refuses new ones', async () => {
    importer = createImporter({ poolSize: 1, workerUrl: TEST_WORKER });
    const running = started(importer, 'hang-2', 'hang-2.txt');
    const queued = importer.importReport(job('q', 'q.txt'), noProgress);
    await running.isStarted;
    await importer.close();
    expect(await running.result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await queued).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await importer.importReport(job('late', 'late.txt'), noProgress)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
