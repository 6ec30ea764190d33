import type { ResourceLimits, Transferable, WorkerOptions } from 'node:worker_threads';
import { inheritedResourceLimits } from './limits';

/**
 * How to start a worker script with `data` as its `workerData`: a compiled script directly; a
 * TypeScript one (tsx mode: tests, development) through run-ts-worker.mjs, which registers tsx
 * inside the worker before importing it. The worker gets `resourceLimits`, by default those of the
 * thread starting it, so that every thread of an import is bound by the import's limits.
 */
export function workerStart(
  script: URL,
  data: Record<string, unknown> = {},
  transferList: readonly Transferable[] = [],
  resourceLimits: ResourceLimits | undefined = inheritedResourceLimits(),
): { url: URL; options: WorkerOptions } {
  const common: WorkerOptions = {
    ...(transferList.length > 0 ? { transferList: [...transferList] } : {}),
    ...(resourceLimits === undefined ? {} : { resourceLimits }),
  };
  if (!script.pathname.endsWith('.ts')) return { url: script, options: { workerData: data, ...common } };
  return {
    url: new URL('./run-ts-worker.mjs', import.meta.url),
    options: { workerData: { ...data, tsEntry: script.href }, execArgv: [], ...common },
  };
}
