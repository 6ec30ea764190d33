/**
 * Why an import failed, in the UI's language. The backend names the file and gives a precise
 * English reason (`Could not import "q3.pdf": it is not a valid PDF (…)`, worker/protocol.ts) and,
 * where a reader refused the file, the same reason as a `read.*` code with its parameters
 * (formats/types.ts). The UI says the whole failure from the catalogue: from that reason where
 * there is one, so a Chinese UI reads 无法导入“q3.pdf”：它不是有效的 PDF 文件（文件不完整…）; else
 * from the failure's code, keeping the backend's words as the detail.
 */
import type { ImportError } from '../../../../shared/ipc/schemas';
import { i18next } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reason-text';

/** The backend's reason without its `Could not import "<file>": ` opening, or its whole message. */
function reasonOf(error: ImportError): string {
  const opening = `Could not import "${error.fileName}": `;
  return error.message.startsWith(opening) ? error.message.slice(opening.length) : error.message;
}

/** Codes whose sentence says the backend's reason; a reader's `read.*` reason says all of it. */
const SAID_BY_READ_REASON = new Set<ImportError['code']>(['too-large', 'unsupported-format', 'not-text', 'corrupt', 'internal']);

export function importErrorText(error: ImportError): string {
  if (error.reason?.code.startsWith('read.') && SAID_BY_READ_REASON.has(error.code)) {
    return i18next.t('import.error.read', { fileName: error.fileName, reason: reasonText(error.reason, reasonOf(error)) });
  }
  const reason = error.reason ? reasonText(error.reason, reasonOf(error)) : reasonOf(error);
  return i18next.t(`import.error.${error.code}`, { fileName: error.fileName, reason });
}
