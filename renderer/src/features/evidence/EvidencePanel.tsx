/**
 * The evidence panel: for the selected figure, the places in the engagement's documents and
 * workbooks that may support it, best first, each with where it is and why it was offered. A click
 * (or Enter) chooses one and opens it at its place in the source pane; the link key (or the button)
 * puts the chosen one's reference into the verdict, whose link is shown above as its fields.
 */
import { useMemo } from 'react';
import './evidence.css';
import { useTranslation } from 'react-i18next';
import type { Candidate, Reason } from '../../../../shared/evidence/index';
import { selectDocument, useWorkspace, type QueueFigure } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import { candidatesFor, engagementIndex } from './engagement-evidence';
import { chooseCandidate, chosenFor, linkChosenEvidence, useEvidenceChoice } from './evidence-commands';
import { candidateLink } from './evidence-link';
import { EvidencePreview } from './EvidencePreview';
import { LinkedEvidence } from './LinkedEvidence';
import { linkPlace, openEvidence } from './open-evidence';

const REASON_KEYS = {
  exact: 'evidence.reason.exact',
  rounded: 'evidence.reason.rounded',
  'within qualifier': 'evidence.reason.withinQualifier',
  ratio: 'evidence.reason.ratio',
  'same metric': 'evidence.reason.sameMetric',
} as const satisfies Record<Reason, string>;

export function EvidencePanel({ figure }: { figure: QueueFigure }) {
  const { t } = useTranslation();
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const document = useWorkspace((state) => selectDocument(state, figure.documentId));
  const chosen = chosenFor(useEvidenceChoice(), figure.id);
  const candidates = useMemo(
    () => (document ? candidatesFor(engagementIndex(documents, figures), document, figure) : []),
    [documents, figures, document, figure],
  );

  return (
    <section className="evidence-panel" aria-label={t('evidence.label')} data-testid="evidence-panel">
      <h3>
        {t('evidence.title')} <KeyHint command="evidence.link" />
      </h3>
      <LinkedEvidence figure={figure} />
      {candidates.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <ol className="evidence-candidates">
          {candidates.map((candidate, position) => (
            <li key={`${candidate.docId}:${candidate.start}:${candidate.cell ?? ''}`} aria-current={position === chosen ? 'true' : undefined}>
              <button
                type="button"
                className="evidence-candidate"
                onClick={() => {
                  chooseCandidate(figure.id, position);
                  openEvidence(figure.id, linkPlace(candidateLink(candidate)));
                }}
              >
                <span className="evidence-place">{place(candidate, candidate.page === undefined ? '' : t('evidence.page', { page: candidate.page }))}</span>
                <span className="evidence-text">{candidate.text}</span>
                <span className="evidence-reasons">{candidate.reasons.map((reason) => t(REASON_KEYS[reason])).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {candidates[chosen] && <EvidencePreview candidate={candidates[chosen]} />}
      {candidates.length > 0 && (
        <button type="button" onClick={linkChosenEvidence}>
          {t('evidence.link')} <KeyHint command="evidence.link" />
        </button>
      )}
    </section>
  );
}

/** `book.xlsx · 员工!B4`, `report.pdf · p. 2`. */
function place(candidate: Candidate, page: string): string {
  if (candidate.cell !== undefined) return `${candidate.doc} · ${candidate.sheet ? `${candidate.sheet}!` : ''}${candidate.cell}`;
  return page === '' ? candidate.doc : `${candidate.doc} · ${page}`;
}
