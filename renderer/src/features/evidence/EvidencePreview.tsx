/**
 * The chosen candidate in place: its page's text around it with the candidate marked, or its sheet's
 * rows and columns around the cell with the cell marked.
 */
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../shared/evidence/index';
import { useWorkspace } from '../../state/workspace';
import { sheetExcerpt, textExcerpt } from './evidence-excerpt';

export function EvidencePreview({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const document = useWorkspace((state) => state.documents.find((d) => d.sha256 === candidate.docId));
  if (!document) return null;
  const sheet = candidate.cell !== undefined && document.cells ? sheetExcerpt(document.text, document.cells, candidate.sheet ?? '', candidate.cell) : undefined;
  if (sheet) {
    return (
      <figure className="evidence-preview" data-testid="evidence-preview">
        <figcaption>{sheet.sheet === '' ? candidate.doc : `${candidate.doc} · ${sheet.sheet}`}</figcaption>
        <table className="evidence-sheet">
          <thead>
            <tr>
              <th />
              {sheet.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => (
              <tr key={row.number}>
                <th scope="row">{row.number}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell.marked ? <mark>{cell.text}</mark> : cell.text}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
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
