import { useTranslation } from 'react-i18next';
import { cancelImport, clearFinishedImports, FINISHED, useImportJobs, type ImportJob } from './import-jobs';
import { jobStatus } from './job-status';
import './import-jobs.css';

/** Each file being imported: its progress and a Cancel button, or why it failed. */
export function ImportJobs() {
  const jobs = useImportJobs((state) => state.jobs);
  const { t } = useTranslation();
  if (jobs.length === 0) return null;
  const anyFinished = jobs.some((job) => FINISHED.includes(job.phase));
  return (
    <section className="import-jobs" aria-label={t('import.imports')}>
      <ul>
        {jobs.map((job) => (
          <ImportJobRow key={job.jobId} job={job} />
        ))}
      </ul>
      {anyFinished && (
        <button type="button" className="button-quiet" onClick={clearFinishedImports}>
          {t('import.clearFinished')}
        </button>
      )}
    </section>
  );
}

function ImportJobRow({ job }: { job: ImportJob }) {
  const finished = FINISHED.includes(job.phase);
  const { t } = useTranslation();
  return (
    <li className={`import-job import-job-${job.phase}`}>
      <span className="import-file">{job.fileName}</span>
      <span className="import-phase">{jobStatus(job)}</span>
      {!finished && (
        <progress
          aria-label={t('import.importing', { file: job.fileName })}
          max={job.total || 1}
          value={job.phase === 'queued' || job.phase === 'password' || job.total === 0 ? undefined : job.done}
        />
      )}
      {!finished && job.phase !== 'saving' && (
        <button type="button" className="button-quiet" onClick={() => cancelImport(job.jobId)} aria-label={t('import.cancelImporting', { file: job.fileName })}>
          {t('common.cancel')}
        </button>
      )}
      {job.message && (
        <p className="import-message" role={job.phase === 'failed' ? 'alert' : undefined}>
          {job.message}
        </p>
      )}
    </li>
  );
}
