import { useState } from 'react';
import { create } from 'zustand';
import type { ReportDocument } from '../../db/records';
import { describeFormat, describePages, describeSize } from './document-facts';
import './document-info.css';

/** Whether the details are shown; kept while the auditor moves between figures and documents. */
const useDocumentInfo = create<{ open: boolean }>(() => ({ open: false }));

const PANEL_ID = 'document-details';

export function DocumentInfoButton() {
  const open = useDocumentInfo((state) => state.open);
  return (
    <button
      type="button"
      className="button-quiet"
      aria-expanded={open}
      aria-controls={PANEL_ID}
      title="File name, format, size, SHA-256, import time, pages and warnings"
      onClick={() => useDocumentInfo.setState({ open: !open })}
    >
      Details
    </button>
  );
}

/** What the engagement holds about a report file: enough to show which file, exactly, was audited. */
export function DocumentInfoPanel({ document }: { document: ReportDocument }) {
  const open = useDocumentInfo((state) => state.open);
  if (!open) return null;
  const pages = describePages(document);
  return (
    <section id={PANEL_ID} className="document-info" aria-label="File details">
      <dl>
        <dt>File</dt>
        <dd>{document.fileName}</dd>
        <dt>Format</dt>
        <dd>{describeFormat(document)}</dd>
        <dt>Size</dt>
        <dd>{describeSize(document.byteLength)}</dd>
        <dt>SHA-256</dt>
        <dd className="document-info-hash">
          <code data-testid="document-sha256">{document.sha256}</code>
          <CopyButton text={document.sha256} />
        </dd>
        <dt>Imported</dt>
        <dd>
          <time dateTime={document.importedAt}>{new Date(document.importedAt).toLocaleString()}</time>
        </dd>
        {pages && (
          <>
            <dt>Pages</dt>
            <dd>{pages}</dd>
          </>
        )}
        <dt>Warnings</dt>
        <dd>
          {document.warnings.length === 0 ? (
            'None'
          ) : (
            <ul className="document-info-warnings">
              {document.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  return (
    <button
      type="button"
      className="button-quiet"
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setCopied('yes'),
          () => setCopied('failed'),
        )
      }
    >
      {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Select and press Ctrl+C' : 'Copy'}
    </button>
  );
}
