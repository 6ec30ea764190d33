import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../db/records';
import { warningText } from '../../i18n/warning-text';
import { DocumentInfoButton, DocumentInfoPanel } from '../document-info/DocumentInfo';
import { setSourceMode, useSourceMode, type SourceMode } from './source-mode';
import './source-view.css';

/** The pane's header: which document and where in it, its details and warnings; then the view's own controls (`children`), if any. */
export function SourceHeader({ document, location, children }: { document: ReportDocument; location: string; children?: ReactNode }) {
  const { t } = useTranslation();
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
      {document.warnings.length > 0 && <p className="source-warning">{document.warnings.map(warningText).join(' ')}</p>}
      {children && (
        <div className="source-toolbar" role="toolbar" aria-label={t('source.text')}>
          {children}
        </div>
      )}
    </>
  );
}

const MODES: readonly SourceMode[] = ['page', 'text'];

function ModeSwitch() {
  const mode = useSourceMode((state) => state.mode);
  const { t } = useTranslation();
  return (
    <span className="source-mode" role="group" aria-label={t('source.showAs')}>
      {MODES.map((option) => (
        <button key={option} type="button" aria-pressed={mode === option} title={t(`source.mode.${option}Title`)} onClick={() => setSourceMode(option)}>
          {t(`source.mode.${option}`)}
        </button>
      ))}
    </span>
  );
}
