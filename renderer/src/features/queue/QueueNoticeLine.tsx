import { useTranslation } from 'react-i18next';
import { clearQueueNotice, useQueueNotice, type QueueNotice } from './queue-notice';

/** The queue's last word on a bulk decision, an undo or the end of the list; a problem is an alert. */
export function QueueNoticeLine() {
  const notice = useQueueNotice((state) => state.notice);
  const { t } = useTranslation();
  if (!notice) return null;
  const text = (n: QueueNotice): string => {
    switch (n.kind) {
      case 'done':
        return t('queue.outcome.done');
      case 'wrapped':
        return t('queue.outcome.wrapped');
      case 'nothingToUndo':
        return t('queue.outcome.nothingToUndo');
      case 'problem':
        return n.message;
      case 'undone':
        return t('queue.outcome.undone', { action: t(`trail.action.${n.action}`), count: n.count });
      case 'batch': {
        const done = t('queue.outcome.batch', { action: t(`trail.action.${n.action}`), count: n.count });
        return n.skipped > 0 ? `${done} ${t('queue.outcome.skipped', { count: n.skipped, reason: n.reason ?? '' })}` : done;
      }
    }
  };
  return (
    <p role={notice.kind === 'problem' ? 'alert' : 'status'} className={`queue-notice queue-notice-${notice.kind}`} data-testid="queue-notice">
      {text(notice)}
      <button type="button" className="button-quiet" onClick={clearQueueNotice} aria-label={t('common.dismiss')}>
        ×
      </button>
    </p>
  );
}
