/**
 * A caught error in the UI's language: the one way the renderer says an exception it did not
 * expect (a call to the Node side that was rejected, a file the browser could not read, a database
 * refusal). Only an error's message crosses IPC, so the Node side's refusals are known by their
 * words (shared/ipc/call-refusals.ts) and an OS error by its errno code;
 * the browser's and Dexie's by their names. What none of these fits keeps its words, framed.
 */
import { callRefusalOf } from '../../../shared/ipc/call-refusals';
import { FILE_PROBLEM_OF_ERRNO } from '../../../shared/ipc/reasons';
import { BackendMissing } from '../ipc/tickmark';
import { i18next } from './i18n';

const say = (key: string, values: Record<string, string> = {}): string => (i18next.t as unknown as (key: string, values: object) => string)(key, values);

/** Electron's wrapping of a rejected invoke: `Error invoking remote method 'journal:read': Error: …`. */
const INVOKE_WRAPPING = /^Error invoking remote method '[^']*': (?:\w*Error: )?/;


/** A browser (DOMException) or Dexie error name that says enough on its own. */
const BY_NAME: Readonly<Record<string, string>> = {
  NotReadableError: 'error.name.notReadable',
  NotFoundError: 'error.name.notReadable',
  QuotaExceededError: 'error.name.quota',
  DatabaseClosedError: 'error.name.databaseClosed',
  OpenFailedError: 'error.name.databaseClosed',
  VersionError: 'error.name.version',
  ConstraintError: 'error.name.constraint',
  AbortError: 'error.name.aborted',
  TimeoutError: 'error.name.timeout',
  // pdf.js
  PasswordException: 'error.name.pdfPassword',
  InvalidPDFException: 'error.name.notPdf',
  MissingPDFException: 'error.name.notReadable',
};

/** An OS error's words: `EACCES: permission denied, open '/home/li/x.csv'`. */
const ERRNO = /\b(E[A-Z]{3,})\b[^']*(?:'([^']+)')?/;

function nameOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner } = error as { name?: unknown; inner?: { name?: unknown } };
  // Dexie wraps the IndexedDB error it caught (AbortError around a QuotaExceededError): the inner one says why.
  return typeof inner?.name === 'string' && BY_NAME[inner.name] ? inner.name : typeof name === 'string' ? name : '';
}

export function errorText(error: unknown): string {
  if (error instanceof BackendMissing) return say('error.call.noBackend');
  const name = nameOf(error);
  if (BY_NAME[name]) return say(BY_NAME[name]);
  const message = (error instanceof Error ? error.message : String(error)).replace(INVOKE_WRAPPING, '');
  const refusal = callRefusalOf(message);
  if (refusal) return say(`error.call.${refusal}`);
  const errno = ERRNO.exec(message);
  const problem = errno && FILE_PROBLEM_OF_ERRNO[errno[1]!];
  if (problem) {
    const file = say(`reason.file.${problem}`);
    return errno[2] ? say('error.file', { file, path: errno[2] }) : file;
  }
  return say('reason.unknown', { detail: message });
}
