// A worker for importer tests: imports like the real one, except for files whose names ask it to
// misbehave: `crash-*` throws outside any promise, `exit-*` exits the thread, `hang-*` never answers,
// `loop-*` never leaves a loop, `hoard-*` allocates until its heap is full, and `thread-hoard-*`
// starts a thread, as pdf-engine.ts starts pdf.js's parser, that allocates until its heap is full.
import { parentPort, Worker } from 'node:worker_threads';
import { err } from '../../../shared/domain/result';
import { importReport } from '../import-report';
import { isOutOfMemory, memoryLimitReason } from '../worker/limits';
import { importError } from '../worker/protocol';
import { serveImports } from '../worker/serve';
import { workerStart } from '../worker/start';
import { hoard } from './hoard';

if (parentPort === null) throw new Error('a worker fixture');

/** The reason a thread started as pdf.js's parser is, with this thread's limits, ended. */
function threadEnded(): Promise<string> {
  const { url, options } = workerStart(new URL('./hoarding-thread.ts', import.meta.url));
  const thread = new Worker(url, options);
  return new Promise((resolve) => thread.on('error', (error) => resolve(isOutOfMemory(error) ? memoryLimitReason() : error.message)));
}

serveImports(parentPort, async (job, onProgress, signal) => {
  const { fileName } = job;
  const started = () => onProgress({ jobId: job.jobId, fileName, phase: 'parsing', done: 0, total: 1 });
  if (fileName.startsWith('crash-')) {
    setImmediate(() => {
      throw new Error(`fixture crash on ${fileName}`);
    });
  } else if (fileName.startsWith('exit-')) {
    process.exit(3);
  } else if (fileName.startsWith('hang-')) {
    started();
  } else if (fileName.startsWith('loop-')) {
    started();
    for (;;);
  } else if (fileName.startsWith('hoard-')) {
    hoard();
  } else if (fileName.startsWith('thread-hoard-')) {
    return err(importError('too-large', fileName, await threadEnded()));
  } else {
    return importReport(job, onProgress, signal);
  }
  return new Promise(() => {});
});
