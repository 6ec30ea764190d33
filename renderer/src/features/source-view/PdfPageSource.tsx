import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../db/records';
import { selectQueueView, useWorkspace, type QueueFigure } from '../../state/workspace';
import { canOpenPages, useSessionPasswords } from '../import/session-passwords';
import { PdfPageView } from '../pdf-page';
import type { OriginalState } from './original-bytes';
import { PagePassword } from './PagePassword';
import { SourceHeader } from './SourceHeader';
import { figurePage } from './pages-to-prepare';
import { prepareNeighbourPages } from './prepare-pages';
import { setSourceMode } from './source-mode';

/** The selected figure on its PDF page, rendered from the original stored in the engagement. */
export function PdfPageSource({ document, figure, original }: { document: ReportDocument; figure: QueueFigure | undefined; original: OriginalState }) {
  const page = figure ? figurePage(document, figure) : 1;
  const figureId = figure?.id;
  const [paintedPage, setPaintedPage] = useState<number | null>(null);
  // The neighbours change with the figure and with the queue (another filter, another report imported).
  const queue = useWorkspace(selectQueueView);
  const passwords = useSessionPasswords((state) => state.passwords);
  const unlocked = canOpenPages(document, passwords);
  // Once the figure's page is painted, not before: preparing other pages would slow it down.
  useEffect(() => {
    if (figureId !== undefined && paintedPage === page) void prepareNeighbourPages(figureId);
  }, [figureId, paintedPage, page, queue]);
  // A figure the auditor added from the text has a place in the text but no box on the page.
  const unplaced = figure !== undefined && !figure.boxes?.length;
  const { t } = useTranslation();
  const pageCount = t('document.pageCount', { count: document.pages.length });
  return (
    <>
      <SourceHeader document={document} location={figure ? t('source.pageOf', { page, count: document.pages.length }) : pageCount} />
      {unplaced && (
        <p className="source-note">
          {t('source.noBox')}{' '}
          <button type="button" className="button-link" onClick={() => setSourceMode('text')}>
            {t('source.showInText')}
          </button>
        </p>
      )}
      <div className="source-page">
        {original.status === 'loaded' && !unlocked && <PagePassword document={document} bytes={original.bytes} />}
        {original.status === 'loaded' && unlocked && (
          <PdfPageView
            documentId={document.id}
            bytes={original.bytes}
            page={page}
            boxes={figure?.boxes}
            password={passwords.get(document.id)}
            onPainted={setPaintedPage}
          />
        )}
        {original.status === 'loading' && <p className="source-note">{t('source.opening')}</p>}
        {original.status === 'missing' && (
          <p role="alert" className="source-note">
            {t('source.originalMissing')}
          </p>
        )}
        {original.status === 'failed' && (
          <p role="alert" className="source-note">
            {t('source.originalFailed', { message: original.message })}
          </p>
        )}
      </div>
    </>
  );
}
