import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFigureHistory } from '../../db/queries';
import type { AuditEvent } from '../../db/records';
import type { QueueFigure } from '../../state/workspace';
import { useFormat } from '../../i18n/use-format';
import { useEventLabels } from '../audit-trail/action-labels';
import { detailText } from '../../i18n/detail-text';
import { recordedNoteText } from '../checks/automated-work';
import { RecordedEvidence } from '../checks/RecordedEvidence';

/** While the auditor runs through the queue with j/k, history waits until they stop on a figure. */
const SETTLE_MS = 120;

/** The figure's own events, newest first, each with who did it in which role and when; read again whenever the figure changes. */
export function FigureHistory({ figure }: { figure: QueueFigure }) {
  const [history, setHistory] = useState<{ figureId: string; events: AuditEvent[] } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void loadFigureHistory(figure.id).then((loaded) => current && setHistory({ figureId: figure.id, events: loaded.reverse() }));
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [figure]);
  const events = history?.figureId === figure.id ? history.events : null;
  const { t } = useTranslation();
  const labels = useEventLabels();
  const format = useFormat();

  return (
    <section className="figure-history" aria-label={t('verdict.history')}>
      <h3>{t('verdict.history')}</h3>
      {events?.length === 0 && <p className="muted">{t('verdict.noDecisions')}</p>}
      <ol>
        {events?.map((event) => (
          <li key={event.seq}>
            <div className="history-line">
              <strong>{labels.action(event.action)}</strong>
              {event.fromStatus && event.toStatus && (
                <span className="muted">
                  {' '}
                  {labels.state(event.fromStatus)} → {labels.state(event.toStatus)}
                </span>
              )}
            </div>
            <div className="muted history-meta">
              {labels.actor(event)} · <time dateTime={event.at}>{format.dateTime(event.at)}</time>
            </div>
            {event.note && <p className="history-note">{recordedNoteText(t, event.note, event.evidence)}</p>}
            {event.evidence && (
              <p className="history-detail">
                <RecordedEvidence evidence={event.evidence} labelKey="verdict.historyEvidence" />
              </p>
            )}
            {event.detail && <p className="history-detail">{detailText(event.action, event.detail)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
