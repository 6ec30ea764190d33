import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { verifyChain } from '../../../../shared/audit/event';
import { CloseFooter, Modal } from '../../app/Modal';
import { loadTrail } from '../../db/queries';
import type { AuditEvent } from '../../db/records';
import { closeDialog } from '../../state/ui';
import { useWorkspace } from '../../state/workspace';
import { ACTION_LABELS, STATE_LABELS } from './action-labels';
import { eventActor, eventTime } from './event-lines';

const ROW_HEIGHT = 52;

/** The engagement's whole audit trail, newest last, and whether its hash chain is intact. */
export function AuditTrailDialog() {
  const engagement = useWorkspace((state) => state.engagement);
  const figures = useWorkspace((state) => state.figures);
  const documents = useWorkspace((state) => state.documents);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  useEffect(() => {
    if (engagement) void loadTrail(engagement.id).then(setEvents);
  }, [engagement]);
  const check = useMemo(() => (events ? verifyChain(events) : null), [events]);
  const figureText = useMemo(() => new Map(figures.map((figure) => [figure.id, figure.text])), [figures]);
  const documentName = useMemo(() => new Map(documents.map((document) => [document.id, document.fileName])), [documents]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: events?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <Modal title={`Audit trail${engagement ? ` · ${engagement.name}` : ''}`} onClose={closeDialog} wide>
      {check && (
        <p role="status" className={check.ok ? 'chain chain-intact' : 'chain chain-broken'}>
          {check.ok
            ? `Trail intact: ${check.length} events`
            : `Trail broken at event ${check.seq}: ${check.reason}. Events from there on cannot be trusted.`}
        </p>
      )}
      <div ref={scrollRef} className="trail-scroll" role="list" aria-label="Events">
        <div className="trail-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const event = events![item.index]!;
            // What the event recorded it was about; an event from before it did so, what it is about now.
            const shownFigure = (event.form === 2 && event.figure?.text) || (event.figureId && figureText.get(event.figureId));
            const shownDocument = (event.form === 2 && event.document?.name) || (event.documentId && documentName.get(event.documentId));
            return (
              <div key={event.seq} role="listitem" className="trail-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                <span className="trail-seq numeric">{event.seq}</span>
                <div className="trail-main">
                  <div>
                    <strong>{ACTION_LABELS[event.action]}</strong>
                    {event.fromStatus && event.toStatus && ` ${STATE_LABELS[event.fromStatus]} → ${STATE_LABELS[event.toStatus]}`}
                    {shownFigure && <span className="trail-figure"> “{shownFigure}”</span>}
                    {shownDocument && <span className="muted"> · {shownDocument}</span>}
                  </div>
                  <div className="muted trail-meta">
                    {eventActor(event)} · <time dateTime={event.at}>{eventTime(event.at)}</time>
                    {event.note && ` · ${event.note}`}
                    {event.evidence && ` · evidence: ${event.evidence}`}
                    {event.detail && ` · ${event.detail}`}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </div>
      <CloseFooter onClose={closeDialog} />
    </Modal>
  );
}
