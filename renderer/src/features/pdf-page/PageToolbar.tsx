/** The source view's page and zoom controls. Stateless apart from the page number being typed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import { formatPercent } from '../../i18n/format';

export interface PageToolbarProps {
  page: number;
  pageCount: number;
  zoom: number;
  fitWidth: boolean;
  onPage: (page: number) => void;
  onZoomStep: (direction: 1 | -1) => void;
  onFitWidth: () => void;
}

export function PageToolbar({ page, pageCount, zoom, fitWidth, onPage, onZoomStep, onFitWidth }: PageToolbarProps) {
  // What the auditor is typing; null shows the current page.
  const [draft, setDraft] = useState<string | null>(null);
  const { t, i18n } = useTranslation();
  const commit = () => {
    if (draft !== null && draft.trim() !== '') onPage(Number(draft));
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <div className="tm-pdf-toolbar" role="toolbar" aria-label={t('pdf.toolbar')}>
      <button type="button" aria-label={t('pdf.previous')} title={t('pdf.previousTitle')} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹
      </button>
      <label className="tm-pdf-toolbar__page">
        <span className="tm-pdf-toolbar__label">{t('pdf.page')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, pageCount)}
          aria-label={t('pdf.pageNumber')}
          value={draft ?? String(page)}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        <span className="tm-pdf-toolbar__label">{t('pdf.of', { count: pageCount || '…' })}</span>
      </label>
      <button type="button" aria-label={t('pdf.next')} title={t('pdf.nextTitle')} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        ›
      </button>
      <span className="tm-pdf-toolbar__divider" />
      <button type="button" aria-label={t('pdf.zoomOut')} title={t('pdf.zoomOutTitle')} onClick={() => onZoomStep(-1)}>
        −
      </button>
      <output className="tm-pdf-toolbar__zoom" aria-label={t('pdf.zoom')}>
        {formatPercent(Math.round(zoom * 100) / 100, i18n.language)}
      </output>
      <button type="button" aria-label={t('pdf.zoomIn')} title={t('pdf.zoomInTitle')} onClick={() => onZoomStep(1)}>
        +
      </button>
      <button type="button" aria-pressed={fitWidth} onClick={onFitWidth}>
        {t('pdf.fitWidth')}
      </button>
    </div>
  );
}
