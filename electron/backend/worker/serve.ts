import type { MessagePort } from 'node:worker_threads';
import { importReport } from '../import-report';
import { ocrIdle } from '../ocr/read-image';
import type { ImportRequest, ImportWorkerMessage } from './protocol';

type RunImport = typeof importReport;

/**
 * Answer import requests arriving on `port` (a worker's parentPort) with progress and a result.
 * `stop` cancels the job under way and is answered once OCR has no model running, so that the
 * importer can end this thread safely.
 */
export function serveImports(port: MessagePort, run: RunImport = importReport): void {
  const send = (message: ImportWorkerMessage) => port.postMessage(message);
  let current: AbortController | undefined;
  port.on('message', (request: ImportRequest) => {
    if (request?.type === 'stop') {
      current?.abort();
      void ocrIdle().then(() => send({ type: 'stopped' }));
      return;
    }
    if (request?.type !== 'import') return;
    const { job } = request;
    const controller = new AbortController();
    current = controller;
    void run(job, (progress) => send({ type: 'progress', progress }), controller.signal).then((result) => {
      if (current === controller) current = undefined;
      send({ type: 'result', jobId: job.jobId, result });
    });
  });
}
