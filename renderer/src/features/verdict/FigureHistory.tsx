import { useEffect, useState } from 'react';
import { loadFigureHistory } from '../../db/queries';
import type { AuditEvent } from '../../db/records';
import type { QueueFigure } from '../../state/workspace';
import { ACTION_LABELS, STATE_LABELS } from '../audit-trail/action-labels';
import { eventActor, eventTime } from '../audit-trail/event-lines';

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

  return (
    <section className="figure-history" aria-label="History">
      <h3>History</h3>
      {events?.length === 0 && <p className="muted">No decisions yet: extracted at import.</p>}
      <ol>
        {events?.map((event) => (
          <li key={event.seq}>
            <div className="history-line">
              <strong>{ACTION_LABELS[event.action]}</strong>
              {event.fromStatus && event.toStatus && (
                <span className="muted">
                  {' '}
                  {STATE_LABELS[event.fromStatus]} → {STATE_LABELS[event.toStatus]}
                </span>
              )}
            </div>
            <div className="muted history-meta">
              {eventActor(event)} · <time dateTime={event.at}>{eventTime(event.at)}</time>
            </div>
            {event.note && <p className="history-note">{event.note}</p>}
            {event.evidence && <p className="history-detail">Evidence: {event.evidence}</p>}
            {event.detail && <p className="history-detail">{event.detail}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
