/**
 * Why an import failed, in the UI's language. The backend names the file and gives a precise
 * English reason (`Could not import "q3.pdf": it is not a valid PDF (…)`, worker/protocol.ts); the
 * UI says it from the failure's stable code and the file's name, and keeps the backend's reason as
 * the technical detail, so a Chinese UI reads 无法导入“q3.pdf”：文件已损坏… and still shows what broke.
 */
import type { ImportError } from '../../../../shared/ipc/schemas';
import { i18next } from '../../i18n/i18n';
import { reasonText } from '../../i18n/reason-text';

/** The backend's reason without its `Could not import "<file>": ` opening, or its whole message. */
function reasonOf(error: ImportError): string {
  const opening = `Could not import "${error.fileName}": `;
  return error.message.startsWith(opening) ? error.message.slice(opening.length) : error.message;
}

export function importErrorText(error: ImportError): string {
  const reason = error.reason ? reasonText(error.reason, reasonOf(error)) : reasonOf(error);
  return i18next.t(`import.error.${error.code}`, { fileName: error.fileName, reason });
}
