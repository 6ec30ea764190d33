import { Trans, useTranslation } from 'react-i18next';
import { dismissArchiveStatus, trustArchiveKey, useArchiveStatus } from './archive';

/** What the last archive export or import did, and an untrusted seal's key to trust. */
export function ArchiveNotice() {
  const status = useArchiveStatus();
  const { t } = useTranslation();
  if (status.state === 'idle') return null;
  if (status.state === 'working') return <p role="status" className="notice">{status.what}</p>;
  const dismiss = (
    <button type="button" className="button-quiet" onClick={dismissArchiveStatus} aria-label={t('common.dismiss')}>
      ×
    </button>
  );
  if (status.state === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        {status.message}
        {dismiss}
      </p>
    );
  }
  const key = status.untrustedKey;
  return (
    <p role="status" className={key ? 'notice notice-warning' : 'notice notice-ok'}>
      {status.message}
      {status.path && <code>{status.path}</code>}
      {key && (
        <>
          {' '}
          <Trans i18nKey="archive.sealedBy" values={{ owner: key.owner, fingerprint: key.fingerprint }} components={{ code: <code /> }} />{' '}
          <button type="button" onClick={() => void trustArchiveKey()}>
            {t('archive.trustKey')}
          </button>
        </>
      )}
      {dismiss}
    </p>
  );
}
