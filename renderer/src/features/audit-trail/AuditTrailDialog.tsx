import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyChain } from '../../../../shared/audit/event';
import { CloseFooter, Modal } from '../../app/Modal';
import { loadTrail } from '../../db/queries';
import type { AuditEvent } from '../../db/records';
import { closeDialog } from '../../state/ui';
import { useWorkspace } from '../../state/workspace';
import { linkText } from '../../i18n/link-text';
import { detailText } from '../../i18n/detail-text';
import { recordedNoteText } from '../checks/automated-work';
import { RecordedEvidence } from '../checks/RecordedEvidence';
import { useFormat } from '../../i18n/use-format';
import { useEventLabels } from './action-labels';

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
  const { t } = useTranslation();
  const labels = useEventLabels();
  const format = useFormat();
  const virtualizer = useVirtualizer({
    count: events?.length ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <Modal title={engagement ? t('trail.titleOf', { name: engagement.name }) : t('trail.title')} onClose={closeDialog} wide>
      {check && (
        <p role="status" className={check.ok ? 'chain chain-intact' : 'chain chain-broken'}>
          {check.ok ? t('trail.intact', { count: check.length }) : t('trail.broken', { seq: check.seq, reason: linkText(check.why) })}
        </p>
      )}
      <div ref={scrollRef} className="trail-scroll" role="list" aria-label={t('trail.events')}>
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
                    <strong>{labels.action(event.action)}</strong>
                    {event.fromStatus && event.toStatus && ` ${labels.state(event.fromStatus)} → ${labels.state(event.toStatus)}`}
                    {shownFigure && <span className="trail-figure"> “{shownFigure}”</span>}
                    {shownDocument && <span className="muted"> · {shownDocument}</span>}
                  </div>
                  <div className="muted trail-meta">
                    {labels.actor(event)} · <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                    {event.note && ` · ${recordedNoteText(t, event.note, event.evidence)}`}
                    {event.evidence && (
                      <>
                        {' · '}
                        <RecordedEvidence evidence={event.evidence} labelKey="trail.evidence" />
                      </>
                    )}
                    {event.detail && ` · ${detailText(event.action, event.detail)}`}
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
