/**
 * The chosen candidate in place: its page's text around it with the candidate marked, or its sheet's
 * rows and columns around the cell with the cell marked.
 */
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../shared/evidence/index';
import { useWorkspace } from '../../state/workspace';
import { sheetExcerpt, textExcerpt } from './evidence-excerpt';
import { SheetTable } from './SheetTable';

export function EvidencePreview({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const document = useWorkspace((state) => state.documents.find((d) => d.sha256 === candidate.docId));
  if (!document) return null;
  const sheet = candidate.cell !== undefined && document.cells ? sheetExcerpt(document.text, document.cells, candidate.sheet ?? '', candidate.cell) : undefined;
  if (sheet) {
    return (
      <figure className="evidence-preview" data-testid="evidence-preview">
        <figcaption>{sheet.sheet === '' ? candidate.doc : `${candidate.doc} · ${sheet.sheet}`}</figcaption>
        <SheetTable sheet={sheet} />
      </figure>
    );
  }
  const excerpt = textExcerpt(document.text, candidate.start, candidate.end);
  return (
    <figure className="evidence-preview" data-testid="evidence-preview">
      <figcaption>{candidate.page === undefined ? candidate.doc : `${candidate.doc} · ${t('evidence.page', { page: candidate.page })}`}</figcaption>
      <p className="evidence-excerpt">
        {excerpt.before}
        <mark>{excerpt.match}</mark>
        {excerpt.after}
      </p>
    </figure>
  );
}
