// A worker for importer tests: imports like the real one, except for files whose names ask it to
// misbehave: `crash-*` throws outside any promise, `exit-*` exits the thread, `hang-*` never answers.
import { parentPort } from 'node:worker_threads';
import { importReport } from '../import-report';
import { serveImports } from '../worker/serve';

if (parentPort === null) throw new Error('a worker fixture');
serveImports(parentPort, (job, onProgress, signal) => {
  if (job.fileName.startsWith('crash-')) {
    setImmediate(() => {
      throw new Error(`fixture crash on ${job.fileName}`);
    });
  } else if (job.fileName.startsWith('exit-')) {
    process.exit(3);
  } else if (job.fileName.startsWith('hang-')) {
    onProgress({ jobId: job.jobId, fileName: job.fileName, phase: 'parsing', done: 0, total: 1 });
  } else {
    return importReport(job, onProgress, signal);
  }
  return new Promise(() => {});
});
