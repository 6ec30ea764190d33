import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { ReportDocument } from '../../db/records';
import { useFormat } from '../../i18n/use-format';
import { warningText } from '../../i18n/warning-text';
import { describeFormat, describePages, describeSize } from './document-facts';
import './document-info.css';

/** Whether the details are shown; kept while the auditor moves between figures and documents. */
const useDocumentInfo = create<{ open: boolean }>(() => ({ open: false }));

const PANEL_ID = 'document-details';

export function DocumentInfoButton() {
  const open = useDocumentInfo((state) => state.open);
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button-quiet"
      aria-expanded={open}
      aria-controls={PANEL_ID}
      title={t('document.detailsTitle')}
      onClick={() => useDocumentInfo.setState({ open: !open })}
    >
      {t('document.details')}
    </button>
  );
}

/** What the engagement holds about a report file: enough to show which file, exactly, was audited. */
export function DocumentInfoPanel({ document }: { document: ReportDocument }) {
  const open = useDocumentInfo((state) => state.open);
  const { t } = useTranslation();
  const format = useFormat();
  if (!open) return null;
  const pages = describePages(document);
  return (
    <section id={PANEL_ID} className="document-info" aria-label={t('document.fileDetails')}>
      <dl>
        <dt>{t('document.file')}</dt>
        <dd>{document.fileName}</dd>
        <dt>{t('document.format')}</dt>
        <dd>{describeFormat(document)}</dd>
        <dt>{t('document.size')}</dt>
        <dd>{describeSize(document.byteLength)}</dd>
        <dt>SHA-256</dt>
        <dd className="document-info-hash">
          <code data-testid="document-sha256">{document.sha256}</code>
          <CopyButton text={document.sha256} />
        </dd>
        <dt>{t('document.imported')}</dt>
        <dd>
          <time dateTime={document.importedAt}>{format.dateTime(document.importedAt)}</time>
        </dd>
        {pages && (
          <>
            <dt>{t('document.pages')}</dt>
            <dd>{pages}</dd>
          </>
        )}
        <dt>{t('document.warnings')}</dt>
        <dd>
          {document.warnings.length === 0 ? (
            t('common.none')
          ) : (
            <ul className="document-info-warnings">
              {document.warnings.map(warningText).map((warning) => (
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
  const { t } = useTranslation();
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
      {copied === 'yes' ? t('document.copied') : copied === 'failed' ? t('document.copyFailed') : t('document.copy')}
    </button>
  );
}
