/**
 * Importing report files, one at a time: read the bytes, have the Node side parse the report and
 * extract its figures (progress arrives as `reports:progress`), then store it all in one
 * transaction. A file that fails gets a message naming it and the reason, and nothing already in
 * the engagement changes. A password-protected PDF waits for the auditor to type its password
 * (see PasswordPrompt) and is parsed again with it; the password is kept for this session only.
 * Files imported as evidence are read the same way and stored in that role (db/actions.ts).
 */
import { create } from 'zustand';
import type { DocumentRole, ReportDocument } from '../../../../shared/domain/records';
import { IMPORT_PHASES, MAX_REPORT_BYTES, type ImportProgress } from '../../../../shared/ipc/schemas';
import { importReport } from '../../db/actions';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/i18n';
import { warningText } from '../../i18n/warning-text';
import { tickmark } from '../../ipc/tickmark';
import { applyImport, persist, useWorkspace } from '../../state/workspace';
import { importErrorText } from './import-error-text';
import { fileNameOf, readFileBytes } from './read-file';
import { rememberPassword } from './session-passwords';

type BackendPhase = (typeof IMPORT_PHASES)[number];

export type ImportPhase = 'queued' | BackendPhase | 'password' | 'saving' | 'imported' | 'failed' | 'cancelled';

export interface ImportJob {
  jobId: string;
  fileName: string;
  engagementId: string;
  /** Imported as evidence, or (absent) as a report to verify; a workbook or CSV file is evidence either way. */
  role?: DocumentRole;
  phase: ImportPhase;
  /** Progress within the backend's phase: pages for PDFs, characters for text. */
  done: number;
  total: number;
  /** Why it failed, naming the file; or what the auditor should know about a finished import. */
  message?: string;
  /** Once imported: the figures queued for verification; of evidence, the figures and cells indexed. */
  figureCount?: number;
  /** In the `password` phase: the last password tried was wrong. */
  passwordWrong?: boolean;
}

export const FINISHED: readonly ImportPhase[] = ['imported', 'failed', 'cancelled'];
const isBackendPhase = (phase: ImportPhase): phase is BackendPhase => (IMPORT_PHASES as readonly string[]).includes(phase);

/** The file input behind the Import button: the open-file dialog, opened by Ctrl+O too. */
export const IMPORT_INPUT_ID = 'import-files';
/** The file input behind the Import evidence button, opened by File ▸ Import Evidence… too. */
export const EVIDENCE_INPUT_ID = 'import-evidence';

export const useImportJobs = create<{ jobs: ImportJob[] }>(() => ({ jobs: [] }));

function update(jobId: string, change: Partial<ImportJob>): void {
  useImportJobs.setState(({ jobs }) => ({ jobs: jobs.map((job) => (job.jobId === jobId ? { ...job, ...change } : job)) }));
}

const jobOf = (jobId: string) => useImportJobs.getState().jobs.find((job) => job.jobId === jobId);

const waiting: { jobId: string; file: File }[] = [];
/** Jobs waiting for a password: how to hand them the auditor's answer (null: they gave up). */
const passwordAnswers = new Map<string, (password: string | null) => void>();

function askForPassword(jobId: string, wrong: boolean): Promise<string | null> {
  update(jobId, { phase: 'password', passwordWrong: wrong, done: 0, total: 0 });
  return new Promise((resolve) => passwordAnswers.set(jobId, resolve));
}

/** The auditor typed the password for `jobId`'s file, or gave up (null), which cancels the job. */
export function answerPassword(jobId: string, password: string | null): void {
  const resolve = passwordAnswers.get(jobId);
  passwordAnswers.delete(jobId);
  if (password === null) update(jobId, { phase: 'cancelled', passwordWrong: undefined });
  resolve?.(password);
}
let running = false;

/** Queue `files` for import into the open engagement, as reports or as evidence. */
export function importFiles(files: readonly File[], role: DocumentRole = 'report'): void {
  const engagement = useWorkspace.getState().engagement;
  const jobs = files.map(
    (file): ImportJob => ({
      jobId: crypto.randomUUID(),
      fileName: fileNameOf(file),
      engagementId: engagement?.id ?? '',
      ...(role === 'evidence' ? { role } : {}),
      phase: engagement ? 'queued' : 'failed',
      done: 0,
      total: 0,
      message: engagement ? undefined : i18next.t('import.error.createEngagementFirst', { fileName: fileNameOf(file) }),
    }),
  );
  useImportJobs.setState(({ jobs: earlier }) => ({ jobs: [...earlier, ...jobs] }));
  if (!engagement) return;
  jobs.forEach((job, index) => waiting.push({ jobId: job.jobId, file: files[index]! }));
  void runQueue();
}

async function runQueue(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let next = waiting.shift(); next; next = waiting.shift()) {
      if (jobOf(next.jobId)?.phase === 'queued') await importOne(next.jobId, next.file);
    }
  } finally {
    running = false;
  }
}

async function importOne(jobId: string, file: File): Promise<void> {
  const job = jobOf(jobId)!;
  const fail = (message: string) => update(jobId, { phase: 'failed', message });
  const actor = useWorkspace.getState().userName ?? '';

  if (file.size > MAX_REPORT_BYTES) {
    return fail(i18next.t('import.error.fileTooLarge', { fileName: job.fileName, size: megabytes(file.size), limit: megabytes(MAX_REPORT_BYTES) }));
  }
  update(jobId, { phase: 'reading', total: file.size });
  const bytes = await readFileBytes(file);
  if (!bytes.ok) return fail(bytes.error);
  if (jobOf(jobId)?.phase === 'cancelled') return;

  let password: string | undefined;
  let parsed;
  for (;;) {
    update(jobId, { phase: 'parsing', done: 0, total: 0, passwordWrong: undefined });
    try {
      parsed = await tickmark().invoke('reports:import', {
        jobId,
        fileName: job.fileName,
        bytes: bytes.value,
        ...(password === undefined ? {} : { password }),
      });
    } catch (error) {
      return fail(i18next.t('import.error.notImported', { fileName: job.fileName, reason: errorText(error) }));
    }
    if (parsed.ok || (parsed.error.code !== 'password-required' && parsed.error.code !== 'password-wrong')) break;
    if (jobOf(jobId)?.phase === 'cancelled') return;
    const answer = await askForPassword(jobId, parsed.error.code === 'password-wrong');
    if (answer === null || jobOf(jobId)?.phase === 'cancelled') return;
    password = answer;
  }
  if (!parsed.ok) {
    if (parsed.error.code === 'cancelled') return update(jobId, { phase: 'cancelled', message: undefined });
    return fail(importErrorText(parsed.error));
  }
  if (jobOf(jobId)?.phase === 'cancelled') return;
  const report = parsed.value;

  update(jobId, { phase: 'saving' });
  const saved = await persist(() => importReport(job.engagementId, report, bytes.value, actor, { passwordProtected: password !== undefined, role: job.role }));
  if (!saved.ok) return fail(saved.error);
  if (password !== undefined) rememberPassword(saved.value.document.id, password);
  applyImport(saved.value);
  const { document, figures } = saved.value;
  update(jobId, {
    phase: 'imported',
    role: document.role,
    figureCount: document.role === 'evidence' ? indexedValues(document) : figures.length,
    message: report.warnings.length > 0 ? report.warnings.map(warningText).join(' ') : undefined,
  });
}

/** Stop a job that has not been stored yet; once saving, it completes. */
export function cancelImport(jobId: string): void {
  const job = jobOf(jobId);
  if (!job || FINISHED.includes(job.phase) || job.phase === 'saving') return;
  if (job.phase === 'password') return answerPassword(jobId, null);
  update(jobId, { phase: 'cancelled' });
  // The backend answers `cancelled: false` for a job it does not know (yet), which is harmless.
  if (job.phase !== 'queued') void tickmark().invoke('reports:cancel', { jobId }).catch(() => undefined);
}

export function clearFinishedImports(): void {
  useImportJobs.setState(({ jobs }) => ({ jobs: jobs.filter((job) => !FINISHED.includes(job.phase)) }));
}

/** Follow the backend's progress reports; call once at start. Returns the unsubscribe function. */
export function followImportProgress(): () => void {
  return tickmark().on('reports:progress', (progress: ImportProgress) => {
    const job = jobOf(progress.jobId);
    if (!job || !isBackendPhase(job.phase)) return;
    update(progress.jobId, { phase: progress.phase, done: progress.done, total: progress.total });
  });
}

const indexedValues = (document: ReportDocument) =>
  (document.evidenceFigures?.length ?? 0) + (document.cells?.filter((cell) => cell.value !== undefined).length ?? 0);

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
