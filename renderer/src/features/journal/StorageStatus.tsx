import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseFooter, Modal } from '../../app/Modal';
import { failureText } from '../../i18n/reason-text';
import { useFormat } from '../../i18n/use-format';
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
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className={attention ? 'button-quiet storage-button-warning' : 'button-quiet'}
        onClick={() => openDialog('storage')}
        title={t('storage.buttonTitle')}
      >
        {attention ? '⚠' : '✓'} {t('storage.button')}
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
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Modal title={t('storage.title')} onClose={onClose}>
      <dl className="storage-facts">
        <dt>{t('storage.browser')}</dt>
        <dd>
          {persisted === null && t('storage.unknown')}
          {persisted === true && t('storage.persistent')}
          {persisted === false && t('storage.notPersistent')}
        </dd>
        <dt>{t('storage.journal')}</dt>
        <dd>
          {unavailable !== null && t('storage.unreachable', { reason: unavailable })}
          {status && (
            <>
              {t('storage.entries', { count: entries, engagements: t('storage.engagements', { count: status.engagements.length }) })}
              {status.lastWriteAt ? t('storage.lastWritten', { time: format.dateTime(status.lastWriteAt) }) : t('storage.nothingWritten')}
              {status.problems.length === 0 ? (
                t('storage.noProblems')
              ) : (
                <ul aria-label={t('storage.problems')}>
                  {status.problems.map((problem) => (
                    <li key={problem.message}>{failureText(problem)}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </dd>
        <dt>{t('storage.dataFolder')}</dt>
        <dd>{status ? <code>{status.dataDir}</code> : '—'}</dd>
        <dt>{t('storage.signingKey')}</dt>
        <dd>
          {status?.keyProtection === 'os-keystore' && t('storage.keyOs')}
          {status?.keyProtection === 'file-permissions' && t('storage.keyFile')}
          {!status && '—'}
        </dd>
      </dl>
      <CloseFooter onClose={onClose} />
    </Modal>
  );
}
