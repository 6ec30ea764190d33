import { extname } from 'node:path';
import type { ParsedReport } from '../../../shared/domain/report';
import type { Result } from '../../../shared/domain/result';
import type { Reason } from '../../../shared/ipc/reasons';
import type { ImportError, ImportErrorCode, ImportProgress } from '../../../shared/ipc/schemas';
import type { ImportJob } from '../handlers';

/** What an import worker is started with (its `workerData`). */
export interface ImportWorkerData {
  /** The first file it is given is a PDF: it starts pdf.js's parser thread at once. */
  pdfFirst?: boolean;
}

/** Whether a report file is a PDF, by its name as the readers choose (formats/index.ts), without loading them. */
export const isPdfName = (fileName: string): boolean => extname(fileName).toLowerCase() === '.pdf';

/**
 * What the importer sends an import worker: one job at a time; `stop` before it ends the worker
 * (a cancelled job, a deadline, closing), so the worker can first let native work under way finish.
 */
export type ImportRequest = { type: 'import'; job: ImportJob } | { type: 'stop' };

/**
 * What an import worker sends back: progress while it works, then exactly one result; `stopped`
 * answers `stop` once no OCR model is running: ending a thread while ONNX Runtime is about to call
 * back into it aborts the whole process.
 */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; jobId: string; result: Result<ParsedReport, ImportError> }
  | { type: 'stopped' };

/**
 * An import error whose message names the file and the reason: `Could not import "q3.pdf": the file is empty.`
 * Here, beside the messages, because both sides make them: the worker's import and the pool (cancelled,
 * crashed), which must not load the readers' dependencies into the main process. `detail` is the
 * reason as a code and its parameters, for the UI to say in its own language.
 */
export function importError(code: ImportErrorCode, fileName: string, reason: string, detail?: Reason): ImportError {
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  return { code, fileName, message: `Could not import "${fileName}": ${sentence}`, ...(detail === undefined ? {} : { reason: detail }) };
}
