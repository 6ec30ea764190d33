/** What an import job is doing, in a few words of the UI's language. */
import { i18next } from '../../i18n/i18n';
import type { ImportJob } from './import-jobs';

const isPdf = (fileName: string) => /\.pdf$/i.test(fileName);

/** "Parsing page 37 of 120", "Imported · 52 figures", "Imported as evidence · 40 values indexed". */
export function jobStatus(job: Pick<ImportJob, 'phase' | 'fileName' | 'done' | 'total' | 'figureCount' | 'passwordWrong' | 'role'>): string {
  // The backend counts pages for PDFs while parsing; for other formats its units mean nothing to the auditor.
  if (job.phase === 'parsing' && isPdf(job.fileName) && job.total > 0 && job.done > 0) {
    return i18next.t('import.phase.parsingPage', { page: Math.min(job.done, job.total), total: job.total });
  }
  if (job.phase === 'password' && job.passwordWrong) return i18next.t('import.phase.wrongPassword');
  if (job.phase === 'imported') {
    return i18next.t(job.role === 'evidence' ? 'import.phase.importedEvidence' : 'import.phase.importedFigures', { count: job.figureCount ?? 0 });
  }
  return i18next.t(`import.phase.${job.phase}`);
}
