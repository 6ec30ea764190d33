import { Trans, useTranslation } from 'react-i18next';
import { ArchiveNotice } from '../features/archive/ArchiveNotice';
import { dismissExportStatus, useExportStatus } from '../features/export/export-trail';
import { ImportJobs } from '../features/import/ImportJobs';
import { JournalNotices } from '../features/journal/JournalNotices';

/** What happened to the last export, and the imports under way: the strip under the header. */
export function Notices() {
  const exported = useExportStatus();
  const { t } = useTranslation();
  return (
    <div className="notices">
      {exported.state === 'exporting' && <p role="status" className="notice">{t('notices.exporting')}</p>}
      {exported.state === 'saved' && (
        <p role="status" className="notice notice-ok">
          <Trans i18nKey="notices.exported" values={{ what: exported.what, detail: exported.detail, path: exported.path }} components={{ code: <code /> }} />
          <button type="button" className="button-quiet" onClick={dismissExportStatus} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      )}
      {exported.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          {exported.message}
          <button type="button" className="button-quiet" onClick={dismissExportStatus} aria-label={t('common.dismiss')}>
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
