import { dismissArchiveStatus, trustArchiveKey, useArchiveStatus } from './archive';

/** What the last archive export or import did, and an untrusted seal's key to trust. */
export function ArchiveNotice() {
  const status = useArchiveStatus();
  if (status.state === 'idle') return null;
  if (status.state === 'working') return <p role="status" className="notice">{status.what}</p>;
  const dismiss = (
    <button type="button" className="button-quiet" onClick={dismissArchiveStatus} aria-label="Dismiss">
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
          It is sealed with {key.owner}'s key <code>{key.fingerprint}</code>, which this engagement does not trust yet.{' '}
          <button type="button" onClick={() => void trustArchiveKey()}>
            Trust this key
          </button>
        </>
      )}
      {dismiss}
    </p>
  );
}
