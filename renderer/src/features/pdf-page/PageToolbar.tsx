/** The source view's page and zoom controls. Stateless apart from the page number being typed. */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';

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
  const commit = () => {
    if (draft !== null && draft.trim() !== '') onPage(Number(draft));
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <div className="tm-pdf-toolbar" role="toolbar" aria-label="Page and zoom">
      <button type="button" aria-label="Previous page" title="Previous page (Page Up)" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹
      </button>
      <label className="tm-pdf-toolbar__page">
        <span className="tm-pdf-toolbar__label">Page</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, pageCount)}
          aria-label="Page number"
          value={draft ?? String(page)}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        <span className="tm-pdf-toolbar__label">of {pageCount || '…'}</span>
      </label>
      <button type="button" aria-label="Next page" title="Next page (Page Down)" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        ›
      </button>
      <span className="tm-pdf-toolbar__divider" />
      <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => onZoomStep(-1)}>
        −
      </button>
      <output className="tm-pdf-toolbar__zoom" aria-label="Zoom">
        {Math.round(zoom * 100)}%
      </output>
      <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => onZoomStep(1)}>
        +
      </button>
      <button type="button" aria-pressed={fitWidth} onClick={onFitWidth}>
        Fit width
      </button>
    </div>
  );
}
