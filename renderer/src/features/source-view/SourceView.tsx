import { memo, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Span } from '../../../../shared/domain/figure';
import { runCommand } from '../../app/commands';
import type { ReportDocument } from '../../db/records';
import { lineNumberOf, pageNumberOf } from '../../domain/line-numbers';
import { select, selectDocument, useWorkspace, type QueueFigure } from '../../state/workspace';
import { EvidenceSource } from '../evidence/EvidenceSource';
import { openPlaceFor, useOpenEvidence } from '../evidence/open-evidence';
import { activeJump, useFind } from '../find/find-state';
import { FIND_HIT_ID, withHit } from '../find/source-hit';
import { canOpenPages, useSessionPasswords } from '../import/session-passwords';
import { openDocument } from '../pdf-page';
import { KeyHint } from '../shortcuts/KeyHint';
import { useShownFigure } from '../verdict/shown-figure';
import { useOriginalBytes } from './original-bytes';
import { PdfPageSource } from './PdfPageSource';
import { SourceHeader } from './SourceHeader';
import { useSourceMode } from './source-mode';
import { CONTEXT_CHARS, coversComfortably, figuresInWindow, segmentWindow, textWindow } from './source-window';
import { SOURCE_TEXT_ID, trackSourceSelection, useSourceSelection } from './source-selection';

const NO_FIGURES: readonly QueueFigure[] = [];

let byDocument: { figures: readonly QueueFigure[]; map: Map<string, QueueFigure[]> } | undefined;

/** Each document's figures in text order; worked out once per change of the figures, not per keystroke. */
function figuresByDocument(figures: readonly QueueFigure[]): Map<string, QueueFigure[]> {
  if (byDocument?.figures !== figures) {
    const map = new Map<string, QueueFigure[]>();
    for (const figure of figures) {
      const list = map.get(figure.documentId);
      if (list) list.push(figure);
      else map.set(figure.documentId, [figure]);
    }
    byDocument = { figures, map };
  }
  return byDocument.map;
}

/**
 * The selected figure in its source. A PDF shows its page with the figure's boxes highlighted
 * (or, at the auditor's choice, its text); other formats show a window of a few thousand
 * characters around the figure (never the whole report), the figure highlighted and scrolled into
 * view. Report text, HTML included, is only ever rendered as text.
 */
export function SourceView() {
  // Deferred: moving through the queue repaints the selected row at once and this pane just after
  // (after a decision, once it is saved).
  const figure = useDeferredValue(useShownFigure());
  const filterDocument = useWorkspace((state) => state.filter.documentId);
  // A find hit shows its own document, even one with no figure to select.
  const jump = useFind((state) => state.jump);
  const selectedId = useWorkspace((state) => state.selectedId);
  const hitDocument = jump?.figureId === selectedId ? jump.documentId : undefined;
  const document = useWorkspace((state) => selectDocument(state, hitDocument ?? figure?.documentId ?? filterDocument ?? state.documents[0]?.id));
  // Evidence the auditor opened for the selected figure shows in its place until they go back.
  const evidence = useOpenEvidence((state) => openPlaceFor(state, selectedId ?? undefined));
  const { t } = useTranslation();
  if (evidence) return <EvidenceSource place={evidence} />;
  if (!document) return <section className="source" aria-label={t('source.label')} />;
  return <DocumentSource key={document.id} document={document} figure={figure} />;
}

// Memoised: the pane above re-renders on every move of the selection, before the figure it shows follows.
const DocumentSource = memo(function DocumentSource({ document, figure }: { document: ReportDocument; figure: QueueFigure | undefined }) {
  const isPdf = document.format === 'pdf';
  const mode = useSourceMode((state) => state.mode);
  const original = useOriginalBytes(isPdf ? document.id : null);
  const passwords = useSessionPasswords((state) => state.passwords);
  const unlocked = canOpenPages(document, passwords);
  // Parse the PDF as soon as its document is shown, in Text mode too: switching to the page is then quick.
  useEffect(() => {
    if (original.status === 'loaded' && unlocked) openDocument(document.id, original.bytes, passwords.get(document.id)).catch(() => undefined);
  }, [original, document.id, unlocked, passwords]);
  const { t } = useTranslation();
  return (
    <section className="source" aria-label={t('source.label')}>
      {isPdf && mode === 'page' ? (
        <PdfPageSource document={document} figure={figure} original={original} />
      ) : (
        <DocumentWindow document={document} figure={figure} />
      )}
    </section>
  );
});

/** The text around the figure, the figure highlighted; where a missed figure can be selected and added. */
function DocumentWindow({ document, figure }: { document: ReportDocument; figure: QueueFigure | undefined }) {
  const hit = useFind((state) => activeJump(state.jump, document.id, figure?.id ?? null));
  const focus: Span = hit ?? figure ?? { start: 0, end: 0 };
  const [placement, setPlacement] = useState(() => ({ span: textWindow(document.text, focus), pagedFrom: undefined as string | undefined }));
  // The text stays put while the selected figure is well inside it (moving through a paragraph
  // re-lays out nothing but the highlight) and moves when the figure leaves it. Earlier/Later
  // pages away from the figure until another figure is selected.
  let shown = placement.span;
  if (placement.pagedFrom !== figure?.id && !coversComfortably(shown, focus, document.text.length)) {
    shown = textWindow(document.text, focus);
    setPlacement({ span: shown, pagedFrom: undefined });
  }
  const documentFigures = useWorkspace((state) => figuresByDocument(state.figures).get(document.id)) ?? NO_FIGURES;
  const segments = useMemo(
    () => segmentWindow(shown, withHit(figuresInWindow(documentFigures, shown), hit), hit ? FIND_HIT_ID : (figure?.id ?? null)),
    [shown, documentFigures, figure?.id, hit],
  );
  const selection = useSourceSelection((state) => state.selection);
  const highlight = useRef<HTMLElement>(null);
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => trackSourceSelection(document.id, document.text), [document.id, document.text]);
  // Scrolls only the text pane: scrollIntoView would also scroll the window's own layout.
  useLayoutEffect(() => {
    const mark = highlight.current;
    const pane = scroller.current;
    if (mark && pane) pane.scrollTop = mark.offsetTop - pane.clientHeight / 2;
  }, [figure?.id, hit]);

  const page = figure ? (figure.page ?? pageNumberOf(document, figure.start)) : undefined;
  const move = (direction: -1 | 1) => {
    const at = direction < 0 ? Math.max(0, shown.start - CONTEXT_CHARS) : Math.min(document.text.length, shown.end + CONTEXT_CHARS);
    setPlacement({ span: textWindow(document.text, { start: at, end: at }), pagedFrom: figure?.id });
  };

  return (
    <>
      <SourceHeader
        document={document}
        location={
          figure === undefined
            ? t('source.characters', { count: document.text.length })
            : page === undefined
              ? t('source.line', { line: lineNumberOf(document, figure.start) })
              : t('source.pageAndLine', { page, line: lineNumberOf(document, figure.start) })
        }
      >
        <button type="button" className="button-quiet" disabled={shown.start === 0} onClick={() => move(-1)}>
          {t('source.earlier')}
        </button>
        <button type="button" className="button-quiet" disabled={shown.end >= document.text.length} onClick={() => move(1)}>
          {t('source.later')}
        </button>
        <span className="spacer" />
        <button
          type="button"
          disabled={!selection}
          title={t('source.addFigureTitle')}
          onClick={() => runCommand('figure.add')}
        >
          {t('source.addFigure')} <KeyHint command="figure.add" />
        </button>
      </SourceHeader>
      <div className="source-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('source.text')}>
        {shown.start > 0 && <p className="source-elision">{t('source.charactersBefore', { count: shown.start })}</p>}
        <div id={SOURCE_TEXT_ID} className="source-text" lang="und">
          {segments.map((segment) => {
            const text = document.text.slice(segment.start, segment.end);
            if (!segment.figure) return <span key={segment.start} data-offset={segment.start}>{text}</span>;
            if (segment.figure.id === FIND_HIT_ID) {
              return (
                <mark key={segment.start} ref={highlight} data-offset={segment.start} data-testid="find-highlight" className="source-find-hit">
                  {text}
                </mark>
              );
            }
            const selected = segment.figure.id === figure?.id;
            return (
              <mark
                key={segment.start}
                ref={selected ? highlight : undefined}
                data-offset={segment.start}
                data-testid={selected ? 'source-highlight' : undefined}
                className={`source-figure source-figure-${segment.figure.status}${selected ? ' selected' : ''}`}
                onClick={selected ? undefined : () => select(segment.figure!.id)}
              >
                {text}
              </mark>
            );
          })}
        </div>
        {shown.end < document.text.length && (
          <p className="source-elision">{t('source.charactersAfter', { count: document.text.length - shown.end })}</p>
        )}
      </div>
    </>
  );
}
