import type { ImportError } from '../../shared/ipc/schemas';
import { reason } from '../../shared/ipc/reasons';
import { MAX_REPORT_BYTES } from '../../shared/ipc/report-size-limit';
import { importError } from './worker/protocol';

/**
 * Why a file of `byteLength` bytes cannot be imported at all, before anyone reads it. Apart from
 * import-report.ts so that the CLI can ask before reading a file without loading the readers.
 */
export function checkSize(fileName: string, byteLength: number): ImportError | undefined {
  if (byteLength === 0) return importError('empty', fileName, 'the file is empty');
  if (byteLength > MAX_REPORT_BYTES) {
    const megabytes = (n: number) => n / (1024 * 1024);
    const size = `${megabytes(byteLength).toFixed(1)} MB`;
    const limit = `${Math.floor(megabytes(MAX_REPORT_BYTES))} MB`;
    return importError('too-large', fileName, `the file is ${size}, and Tickmark imports reports of up to ${limit}`, reason('read.fileTooLarge', { params: { size, max: limit } }));
  }
  return undefined;
}
