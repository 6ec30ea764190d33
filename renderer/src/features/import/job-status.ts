import type { ImportJob } from './import-jobs';

const PHASE_LABELS: Record<ImportJob['phase'], string> = {
  queued: 'Waiting',
  reading: 'Reading',
  parsing: 'Parsing',
  extracting: 'Finding figures',
  done: 'Finishing',
  password: 'Needs a password',
  saving: 'Saving',
  imported: 'Imported',
  failed: 'Not imported',
  cancelled: 'Cancelled',
};

const isPdf = (fileName: string) => /\.pdf$/i.test(fileName);

/** What a job is doing, in a few words: "Parsing page 37 of 120", "Imported · 52 figures". */
export function jobStatus(job: Pick<ImportJob, 'phase' | 'fileName' | 'done' | 'total' | 'figureCount' | 'passwordWrong'>): string {
  // The backend counts pages for PDFs while parsing; for other formats its units mean nothing to the auditor.
  if (job.phase === 'parsing' && isPdf(job.fileName) && job.total > 0 && job.done > 0) {
    return `Parsing page ${Math.min(job.done, job.total)} of ${job.total}`;
  }
  if (job.phase === 'password' && job.passwordWrong) return 'Wrong password';
  if (job.phase === 'imported') return `Imported · ${job.figureCount ?? 0} figures`;
  return PHASE_LABELS[job.phase];
}
