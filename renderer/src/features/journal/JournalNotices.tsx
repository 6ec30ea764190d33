import { Trans, useTranslation } from 'react-i18next';
import { restoreEverything, startWithoutRestoring } from './reconcile';
import { dismissJournalNotice, useJournal, type RestoreOffer } from './journal-state';
import './journal.css';

/** Under the header: the restore offer when IndexedDB came back empty, and what start-up found. */
export function JournalNotices() {
  const startUp = useJournal((state) => state.startUp);
  const notices = useJournal((state) => state.notices);
  const { t } = useTranslation();
  return (
    <>
      {startUp.phase === 'offer-restore' && <RestoreBanner offer={startUp.offer} />}
      {startUp.phase === 'restoring' && (
        <p role="status" className="notice">
          {t('journal.restoring')}
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice.id} role={notice.tone === 'error' ? 'alert' : 'status'} className={`notice journal-notice notice-${notice.tone}`}>
          {notice.text}
          <button type="button" className="button-quiet" onClick={() => dismissJournalNotice(notice.id)} aria-label={t('common.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </>
  );
}

function RestoreBanner({ offer }: { offer: RestoreOffer }) {
  const events = offer.engagements.reduce((sum, engagement) => sum + engagement.count, 0);
  const { t } = useTranslation();
  return (
    <section className="restore-banner" aria-labelledby="restore-banner-title">
      <h2 id="restore-banner-title">{t('journal.restoreTitle')}</h2>
      <p>
        <Trans
          i18nKey="journal.restoreBody"
          count={offer.engagements.length}
          values={{ dir: offer.journalDir, events, names: offer.engagements.map((engagement) => `“${engagement.name}”`).join(', ') }}
          components={{ code: <code /> }}
        />
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void startWithoutRestoring()}>
          {t('journal.startWithout')}
        </button>
        <button type="button" className="button-primary" onClick={() => void restoreEverything()}>
          {t('journal.restoreAll')}
        </button>
      </div>
    </section>
  );
}
