/**
 * Evidence opened at its place in the source pane: a PDF's page (a scan's too) with the figure's
 * boxes highlighted, an image drawn as a page with its OCR boxes, a workbook's sheet around the
 * cell, or a text around the span, marked and scrolled into view. "Back to the figure" (or
 * selecting another figure) shows the figure's report again.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionPasswords, canOpenPages } from '../import/session-passwords';
import { PdfPageView } from '../pdf-page';
import { useOriginalBytes } from '../source-view/original-bytes';
import { SourceHeader } from '../source-view/SourceHeader';
import { useSourceMode } from '../source-view/source-mode';
import { sheetExcerpt, textExcerpt } from './evidence-excerpt';
import { ImagePage } from './ImagePage';
import { closeEvidence, useResolvedPlace, type EvidencePlace, type ResolvedPlace } from './open-evidence';
import { SheetTable } from './SheetTable';

const AROUND_CHARS = 1_500;
const AROUND_ROWS = 12;

export function EvidenceSource({ place }: { place: EvidencePlace }) {
  const resolved = useResolvedPlace(place);
  const { t } = useTranslation();
  const where = place.cell !== undefined ? `${place.sheet ? `${place.sheet}!` : ''}${place.cell}` : place.page !== undefined ? t('evidence.page', { page: place.page }) : '';
  return (
    <section className="source evidence-source" aria-label={t('evidence.source')} data-testid="evidence-source">
      {resolved ? (
        <>
          <SourceHeader document={resolved.document} location={where}>
            <span className="muted">{t('evidence.opened')}</span>
            <span className="spacer" />
            <button type="button" onClick={closeEvidence}>
              {t('evidence.back')}
            </button>
          </SourceHeader>
          <EvidenceBody place={resolved} />
        </>
      ) : (
        <p role="alert" className="source-note">
          {t('evidence.gone')}{' '}
          <button type="button" className="button-link" onClick={closeEvidence}>
            {t('evidence.back')}
          </button>
        </p>
      )}
    </section>
  );
}

function EvidenceBody({ place }: { place: ResolvedPlace }) {
  const { document } = place;
  const mode = useSourceMode((state) => state.mode);
  const paged = place.boxes !== undefined && place.page !== undefined && (document.format === 'image' || (document.format === 'pdf' && mode === 'page'));
  const original = useOriginalBytes(paged ? document.id : null);
  const passwords = useSessionPasswords((state) => state.passwords);
  const sheet = place.cell !== undefined && document.cells ? sheetExcerpt(document.text, document.cells, place.sheet ?? '', place.cell, AROUND_ROWS) : undefined;
  if (sheet) {
    return (
      <div className="source-scroll evidence-source-sheet" tabIndex={0}>
        <SheetTable sheet={sheet} label={sheet.sheet || document.fileName} />
      </div>
    );
  }
  if (paged && original.status === 'loaded' && canOpenPages(document, passwords)) {
    return (
      <div className="source-page">
        {document.format === 'image' ? (
          <ImagePage bytes={original.bytes} page={document.pages[0]} boxes={place.boxes!} />
        ) : (
          <PdfPageView documentId={document.id} bytes={original.bytes} page={place.page!} boxes={place.boxes} password={passwords.get(document.id)} />
        )}
      </div>
    );
  }
  return <TextAtPlace text={document.text} start={place.start} end={place.end} />;
}

function TextAtPlace({ text, start, end }: { text: string; start: number; end: number }) {
  const excerpt = textExcerpt(text, start, end, AROUND_CHARS);
  const scroller = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (mark.current && scroller.current) scroller.current.scrollTop = mark.current.offsetTop - scroller.current.clientHeight / 2;
  }, [start, end]);
  return (
    <div className="source-scroll" ref={scroller} tabIndex={0}>
      <div className="source-text" lang="und">
        {excerpt.before}
        <mark ref={mark} className="source-figure selected" data-testid="evidence-highlight">
          {excerpt.match}
        </mark>
        {excerpt.after}
      </div>
    </div>
  );
}
