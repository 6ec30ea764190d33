import { useEffect } from 'react';
import { CloseFooter, Modal } from '../../app/Modal';
import { closeDialog, openDialog, useUi } from '../../state/ui';
import { journalStatus } from './journal-client';
import { setJournalStatus, setJournalUnavailable, useJournal, type JournalState } from './journal-state';

/** Whether anything about keeping the work safe needs the auditor's attention. */
const needsAttention = ({ persisted, status, unavailable }: JournalState) =>
  persisted === false || unavailable !== null || (status !== null && status.problems.length > 0);

/** The header's "Storage" item: where the auditor's work is kept, and how safely. */
export function StorageStatus() {
  // One of the app's dialogs (state/ui), so the keyboard shortcuts stand aside while it is open.
  const open = useUi((state) => state.dialog === 'storage');
  const attention = useJournal(needsAttention);
  return (
    <>
      <button
        type="button"
        className={attention ? 'button-quiet storage-button-warning' : 'button-quiet'}
        onClick={() => openDialog('storage')}
        title="Where your work is kept"
      >
        {attention ? '⚠' : '✓'} Storage
      </button>
      {open && <StorageDialog onClose={closeDialog} />}
    </>
  );
}

function StorageDialog({ onClose }: { onClose: () => void }) {
  const { persisted, status, unavailable } = useJournal();
  useEffect(() => {
    void journalStatus().then((answer) => (answer.ok ? setJournalStatus(answer.value) : setJournalUnavailable(answer.error)));
  }, []);
  const entries = status?.engagements.reduce((sum, engagement) => sum + engagement.count, 0) ?? 0;
  return (
    <Modal title="Storage" onClose={onClose}>
      <dl className="storage-facts">
        <dt>Browser storage</dt>
        <dd>
          {persisted === null && 'Not known yet.'}
          {persisted === true && 'Persistent: the browser keeps this window’s database even when the disk runs low.'}
          {persisted === false && 'Not persistent: the browser may clear this window’s database when the disk runs low. The journal keeps a second copy.'}
        </dd>
        <dt>Journal</dt>
        <dd>
          {unavailable !== null && `Not reachable: ${unavailable}`}
          {status && (
            <>
              {entries} {entries === 1 ? 'entry' : 'entries'} in {status.engagements.length} {status.engagements.length === 1 ? 'engagement' : 'engagements'}
              {status.lastWriteAt ? `, last written ${new Date(status.lastWriteAt).toLocaleString()}` : ', nothing written yet'}.
              {status.problems.length === 0 ? (
                ' No problems found.'
              ) : (
                <ul aria-label="Journal problems">
                  {status.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </dd>
        <dt>Data folder</dt>
        <dd>{status ? <code>{status.dataDir}</code> : '—'}</dd>
        <dt>Signing key</dt>
        <dd>
          {status?.keyProtection === 'os-keystore' && 'Encrypted with the operating system’s key store.'}
          {status?.keyProtection === 'file-permissions' &&
            'Protected only by file permissions: there is no operating-system key store here, so anyone who can read your user account’s files can read it.'}
          {!status && '—'}
        </dd>
      </dl>
      <CloseFooter onClose={onClose} />
    </Modal>
  );
}
