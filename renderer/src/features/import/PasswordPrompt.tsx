import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal';
import { KeyHint } from '../shortcuts/KeyHint';
import { answerPassword, useImportJobs, type ImportJob } from './import-jobs';

/** Asks for the password of a protected PDF being imported; one file at a time, as imports run one at a time. */
export function PasswordPrompt() {
  const job = useImportJobs((state) => state.jobs.find((candidate) => candidate.phase === 'password'));
  // Keyed by the attempt as well: after a wrong password the field starts empty again.
  return job ? <PasswordForm key={`${job.jobId}:${String(job.passwordWrong)}`} job={job} /> : null;
}

function PasswordForm({ job }: { job: ImportJob }) {
  const [password, setPassword] = useState('');
  const cancel = () => answerPassword(job.jobId, null);
  const { t } = useTranslation();
  return (
    <Modal title={t('import.passwordTitle')} onClose={cancel}>
      {/* The workspace's shortcuts (j, k, c, Esc…) must not act behind this dialog, which is not one of the UI store's. */}
      <div onKeyDown={(event) => event.stopPropagation()}>
        <p>
          <Trans i18nKey="import.passwordBody" values={{ file: job.fileName }} components={{ strong: <strong /> }} />
        </p>
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (password) answerPassword(job.jobId, password);
          }}
        >
          <label>
            {t('common.password')}
            <input type="password" autoFocus autoComplete="off" value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
          </label>
          {job.passwordWrong && (
            <p role="alert" className="problem">
              {t('import.passwordWrong')}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={cancel}>
              {t('import.cancelImport')} <KeyHint command="form.cancel" />
            </button>
            <button type="submit" className="button-primary" disabled={!password}>
              {t('import.open')}
            </button>
          </div>
        </form>
      </div>
    </Modal>
  );
}
