import { ArchiveNotice } from '../features/archive/ArchiveNotice';
import { dismissExportStatus, useExportStatus } from '../features/export/export-trail';
import { ImportJobs } from '../features/import/ImportJobs';
import { JournalNotices } from '../features/journal/JournalNotices';

/** What happened to the last export, and the imports under way: the strip under the header. */
export function Notices() {
  const exported = useExportStatus();
  return (
    <div className="notices">
      {exported.state === 'exporting' && <p role="status" className="notice">Exporting…</p>}
      {exported.state === 'saved' && (
        <p role="status" className="notice notice-ok">
          {exported.what} exported ({exported.detail}) to <code>{exported.path}</code>
          <button type="button" className="button-quiet" onClick={dismissExportStatus} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
      {exported.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          {exported.message}
          <button type="button" className="button-quiet" onClick={dismissExportStatus} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
      <ArchiveNotice />
      <JournalNotices />
      <ImportJobs />
    </div>
  );
}
