import type { ReactNode } from 'react';
import type { ReportDocument } from '../../db/records';
import { DocumentInfoButton, DocumentInfoPanel } from '../document-info/DocumentInfo';
import { setSourceMode, useSourceMode, type SourceMode } from './source-mode';
import './source-view.css';

/** The pane's header: which document and where in it, its details and warnings; then the view's own controls (`children`), if any. */
export function SourceHeader({ document, location, children }: { document: ReportDocument; location: string; children?: ReactNode }) {
  return (
    <>
      <header className="source-header">
        <h2 className="source-title" title={document.fileName}>
          {document.fileName}
        </h2>
        <span className="source-location">{location}</span>
        <span className="spacer" />
        {document.format === 'pdf' && <ModeSwitch />}
        <DocumentInfoButton />
      </header>
      <DocumentInfoPanel document={document} />
      {document.warnings.length > 0 && <p className="source-warning">{document.warnings.join(' ')}</p>}
      {children && (
        <div className="source-toolbar" role="toolbar" aria-label="Text">
          {children}
        </div>
      )}
    </>
  );
}

const MODE_LABELS: Record<SourceMode, { label: string; title: string }> = {
  page: { label: 'Page', title: 'The PDF page, the figure highlighted' },
  text: { label: 'Text', title: 'The extracted text: select a missed figure here to add it' },
};

function ModeSwitch() {
  const mode = useSourceMode((state) => state.mode);
  return (
    <span className="source-mode" role="group" aria-label="Show the source as">
      {(['page', 'text'] as const).map((option) => (
        <button key={option} type="button" aria-pressed={mode === option} title={MODE_LABELS[option].title} onClick={() => setSourceMode(option)}>
          {MODE_LABELS[option].label}
        </button>
      ))}
    </span>
  );
}
