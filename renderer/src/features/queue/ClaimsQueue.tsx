import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { selectQueueView, useWorkspace, type QueueFigure } from '../../state/workspace';
import { clickRow, useMultiSelection } from './multi-select';
import { QueueFilters } from './QueueFilters';
import { QueueNoticeLine } from './QueueNoticeLine';
import { ReviewBadge } from './ReviewBadge';
import { SelectionBar } from './SelectionBar';
import { useShownCursor } from './shown-cursor';
import { StatusBadge } from './StatusBadge';
import './queue.css';

/** Rows have one fixed height, so the list never measures and scrolling 20 000 rows stays cheap. */
const ROW_HEIGHT = 34;

const rowId = (figureId: string) => `figure-${figureId}`;

/** The list's element id: filters give it focus back once applied. */
export const QUEUE_LIST_ID = 'claims-queue-list';

/** The claims queue: every figure of the engagement under the current filters, one row each, virtualized. */
export function ClaimsQueue() {
  const view = useWorkspace(selectQueueView);
  const selectedId = useShownCursor();
  const documents = useWorkspace((state) => state.documents);
  const documentNames = useMemo(() => new Map(documents.map((document) => [document.id, document.fileName])), [documents]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const picked = useMultiSelection((state) => state.ids);
  const { t } = useTranslation();

  // Stable across renders: the virtualizer recomputes every row's position when this changes.
  const getItemKey = useCallback((index: number) => view.rows[index]!.id, [view.rows]);
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey,
  });

  const selectedIndex = selectedId === null ? undefined : view.indexOf.get(selectedId);
  useEffect(() => {
    // Asking the virtualizer to scroll measures the list (a forced layout) even when the row is in view.
    if (selectedIndex !== undefined && !rowInView(virtualizer, selectedIndex)) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <section className="queue" aria-label={t('queue.label')}>
      <QueueHeader />
      <div
        ref={scrollRef}
        id={QUEUE_LIST_ID}
        className="queue-scroll"
        role="listbox"
        aria-label={t('queue.figures')}
        tabIndex={0}
        aria-multiselectable="true"
        aria-activedescendant={selectedIndex === undefined ? undefined : rowId(selectedId!)}
      >
        {view.rows.length === 0 && <p className="queue-empty">{t('queue.empty')}</p>}
        <div className="queue-rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const figure = view.rows[item.index]!;
            return (
              <FigureRow
                key={item.key}
                figure={figure}
                documentName={documentNames.get(figure.documentId) ?? ''}
                selected={figure.id === selectedId}
                picked={picked.size === 0 ? null : picked.has(figure.id)}
                top={item.start}
                position={item.index + 1}
                count={view.rows.length}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** Whether row `index` is wholly inside the list's viewport, from the virtualizer's last readings (no layout). */
function rowInView(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const top = virtualizer.scrollOffset;
  const height = virtualizer.scrollRect?.height;
  if (top === null || !height) return false;
  const start = index * ROW_HEIGHT;
  return start >= top && start + ROW_HEIGHT <= top + height;
}

/**
 * The filters and the column heads: memoised, because the queue re-renders on every move of the
 * selection, and a decision's save waits for the renderer's thread that render holds.
 */
const QueueHeader = memo(function QueueHeader() {
  const { t } = useTranslation();
  return (
    <>
      <QueueFilters />
      <SelectionBar />
      <QueueNoticeLine />
      <div className="queue-columns" aria-hidden="true">
        <span>{t('queue.column.document')}</span>
        <span>{t('queue.column.figure')}</span>
        <span className="numeric">{t('queue.column.value')}</span>
        <span>{t('queue.column.unit')}</span>
        <span>{t('queue.column.qualifier')}</span>
        <span>{t('queue.column.status')}</span>
      </div>
    </>
  );
});

interface FigureRowProps {
  figure: QueueFigure;
  documentName: string;
  /** The cursor's row: shown in the source and verdict panels. */
  selected: boolean;
  /** In the set a bulk decision acts on; null when no set is selected. */
  picked: boolean | null;
  top: number;
  position: number;
  count: number;
}

const FigureRow = memo(function FigureRow({ figure, documentName, selected, picked, top, position, count }: FigureRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div
      id={rowId(figure.id)}
      role="option"
      aria-selected={picked ?? selected}
      aria-posinset={position}
      aria-setsize={count}
      data-testid="figure-row"
      data-status={figure.status}
      data-review={figure.review}
      data-picked={picked ?? undefined}
      className={`figure-row figure-row-${figure.status}${selected ? ' selected' : ''}${picked ? ' picked' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={(event) => clickRow(figure.id, event)}
    >
      <span className="cell-document" title={documentName}>
        {documentName}
      </span>
      <span className="cell-figure" title={figure.metric ? `${figure.text} — ${figure.metric}` : figure.text}>
        <span className="cell-text">
          {figure.text}
          {figure.origin === 'added' && <span className="added-mark" title={t('queue.added')}> +</span>}
        </span>
        {figure.metric && (
          <span className="cell-metric" data-testid="figure-metric">
            {figure.metric}
          </span>
        )}
      </span>
      <span className="cell-value numeric">{format.value(figure)}</span>
      <span className="cell-unit" title={figure.unit}>
        {figure.unit}
      </span>
      <span className="cell-qualifier">{figure.qualifier === 'exact' ? '' : t(`qualifier.${figure.qualifier}`)}</span>
      <span className="cell-status">
        <StatusBadge status={figure.status} />
        <ReviewBadge review={figure.review} note={figure.reviewNote} compact />
      </span>
    </div>
  );
});
