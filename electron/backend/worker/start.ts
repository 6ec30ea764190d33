import type { Transferable, WorkerOptions } from 'node:worker_threads';

/**
 * How to start a worker script with `data` as its `workerData`: a compiled script directly; a
 * TypeScript one (tsx mode: the CLI, tests, the Chromium shell) through run-ts-worker.mjs, which
 * registers tsx inside the worker before importing it.
 */
export function workerStart(
  script: URL,
  data: Record<string, unknown> = {},
  transferList: readonly Transferable[] = [],
): { url: URL; options: WorkerOptions } {
  const transfer = transferList.length > 0 ? { transferList: [...transferList] } : {};
  if (!script.pathname.endsWith('.ts')) return { url: script, options: { workerData: data, ...transfer } };
  return {
    url: new URL('./run-ts-worker.mjs', import.meta.url),
    options: { workerData: { ...data, tsEntry: script.href }, execArgv: [], ...transfer },
  };
}
