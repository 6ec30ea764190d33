import { restoreEverything, startWithoutRestoring } from './reconcile';
import { dismissJournalNotice, useJournal, type RestoreOffer } from './journal-state';
import './journal.css';

/** Under the header: the restore offer when IndexedDB came back empty, and what start-up found. */
export function JournalNotices() {
  const startUp = useJournal((state) => state.startUp);
  const notices = useJournal((state) => state.notices);
  return (
    <>
      {startUp.phase === 'offer-restore' && <RestoreBanner offer={startUp.offer} />}
      {startUp.phase === 'restoring' && (
        <p role="status" className="notice">
          Restoring your work from the journal…
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice.id} role={notice.tone === 'error' ? 'alert' : 'status'} className={`notice journal-notice notice-${notice.tone}`}>
          {notice.text}
          <button type="button" className="button-quiet" onClick={() => dismissJournalNotice(notice.id)} aria-label="Dismiss">
            ×
          </button>
        </p>
      ))}
    </>
  );
}

function RestoreBanner({ offer }: { offer: RestoreOffer }) {
  const events = offer.engagements.reduce((sum, engagement) => sum + engagement.count, 0);
  return (
    <section className="restore-banner" aria-labelledby="restore-banner-title">
      <h2 id="restore-banner-title">This computer's database is empty, but the journal holds your work</h2>
      <p>
        Tickmark's database in this window came back with no engagement: the browser storage may have been cleared or evicted. The
        journal in <code>{offer.journalDir}</code> still holds {offer.engagements.length === 1 ? '1 engagement' : `${offer.engagements.length} engagements`}{' '}
        ({events} events): {offer.engagements.map((engagement) => `“${engagement.name}”`).join(', ')}.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void startWithoutRestoring()}>
          Start without restoring
        </button>
        <button type="button" className="button-primary" onClick={() => void restoreEverything()}>
          Restore everything
        </button>
      </div>
    </section>
  );
}
