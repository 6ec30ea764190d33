import { useState } from 'react';
import { Modal } from '../../app/Modal';
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
  return (
    <Modal title="This PDF needs a password" onClose={cancel}>
      {/* The workspace's shortcuts (j, k, c, Esc…) must not act behind this dialog, which is not one of the UI store's. */}
      <div onKeyDown={(event) => event.stopPropagation()}>
        <p>
          <strong>{job.fileName}</strong> is protected by a password. Type it to import the report. Tickmark keeps it in memory
          to show the report's pages until you close the app, and never stores it: after a restart it asks again.
        </p>
        <form
          className="stacked-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (password) answerPassword(job.jobId, password);
          }}
        >
          <label>
            Password
            <input type="password" autoFocus autoComplete="off" value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
          </label>
          {job.passwordWrong && (
            <p role="alert" className="problem">
              That password is wrong. Try again, or cancel the import.
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={cancel}>
              Cancel import <kbd>Esc</kbd>
            </button>
            <button type="submit" className="button-primary" disabled={!password}>
              Open
            </button>
          </div>
        </form>
      </div>
    </Modal>
  );
}
