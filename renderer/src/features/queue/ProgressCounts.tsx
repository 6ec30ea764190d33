import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../state/workspace';
import { countStatuses } from './queue-view';

/** confirmed / disputed / open across the engagement, with dismissed figures counted apart. */
export function ProgressCounts() {
  const figures = useWorkspace((state) => state.figures);
  const counts = useMemo(() => countStatuses(figures), [figures]);
  const { t } = useTranslation();
  return (
    <div className="progress-counts" data-testid="progress-counts" role="group" aria-label={t('queue.progress')}>
      <span className="count count-confirmed">{t('queue.count.confirmed', { count: counts.confirmed })}</span>
      <span className="count count-disputed">{t('queue.count.disputed', { count: counts.disputed })}</span>
      <span className="count count-open">{t('queue.count.open', { count: counts.open })}</span>
      {counts.dismissed > 0 && <span className="count count-dismissed">{t('queue.count.dismissed', { count: counts.dismissed })}</span>}
    </div>
  );
}
