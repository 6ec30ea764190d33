import type { MessagePort } from 'node:worker_threads';
import { importReport } from '../import-report';
import type { ImportRequest, ImportWorkerMessage } from './protocol';

type RunImport = typeof importReport;

/** Answer import requests arriving on `port` (a worker's parentPort) with progress and a result. */
export function serveImports(port: MessagePort, run: RunImport = importReport): void {
  const send = (message: ImportWorkerMessage) => port.postMessage(message);
  port.on('message', (request: ImportRequest) => {
    if (request?.type !== 'import') return;
    const { job } = request;
    void run(job, (progress) => send({ type: 'progress', progress })).then((result) =>
      send({ type: 'result', jobId: job.jobId, result }),
    );
  });
}
