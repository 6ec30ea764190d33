import { useMemo } from 'react';
import { QUALIFIER_LABELS, formatValue } from '../../domain/figure-value';
import { selectDocument, selectFigure, selectRole, useWorkspace, type QueueFigure } from '../../state/workspace';
import { awaitingReview } from '../queue/queue-view';
import { ReviewBadge } from '../queue/ReviewBadge';
import { StatusBadge } from '../queue/StatusBadge';
import { KeyHint } from '../shortcuts/KeyHint';
import { DecideActions, ReviewActions } from './ActionButtons';
import { NOTE_FIELD_ID, NOTE_REQUIRED, draftOf, editDraft, useVerdictDraft, type DraftMode } from './draft';
import { FigureHistory } from './FigureHistory';
import { ValueFieldsEditor } from './ValueFieldsEditor';
import { cancelDraft, submitDraft } from './verdict-commands';

const NOTE_LABELS: Record<DraftMode, string> = {
  decide: 'Note',
  dispute: 'What is wrong with this figure? (required)',
  dismiss: 'Why is this not a figure? (required)',
  correct: 'Note on the correction',
  'send-back': 'What should the preparer look at again? (required)',
  'sign-off-document': 'Note on the sign-off (optional)',
  'send-back-document': 'What should the preparer look at again? (required)',
};

const SUBMIT_LABELS: Partial<Record<DraftMode, string>> = {
  dispute: 'Save dispute',
  dismiss: 'Dismiss as not a figure',
  correct: 'Save correction',
  'send-back': 'Send back',
  'sign-off-document': 'Sign off the report',
  'send-back-document': 'Send back the report',
};

/** The selected figure, the decisions (or reviews) open to the user's role, the note and evidence, and its history. */
export function VerdictPanel() {
  const figure = useWorkspace(selectFigure);
  if (!figure) {
    return (
      <aside className="verdict" aria-label="Verdict">
        <p className="muted">Select a figure to decide on it.</p>
      </aside>
    );
  }
  return <FigureVerdict figure={figure} />;
}

function FigureVerdict({ figure }: { figure: QueueFigure }) {
  const draft = draftOf(useVerdictDraft(), figure.id);
  const role = useWorkspace(selectRole);
  const edit = (change: Parameters<typeof editDraft>[1]) => editDraft(figure.id, change);
  const waiting = draft.mode !== 'decide';
  const reviewingReport = draft.mode === 'sign-off-document' || draft.mode === 'send-back-document';

  return (
    <aside className="verdict" aria-label="Verdict">
      <div className="figure-card">
        <div className="figure-card-top">
          <span className="figure-badges">
            <StatusBadge status={figure.status} />
            <ReviewBadge review={figure.review} note={figure.reviewNote} />
          </span>
          {figure.origin === 'added' && <span className="muted">added by the auditor</span>}
        </div>
        <p className="figure-text">{figure.text}</p>
        <dl className="figure-facts">
          <dt>Value</dt>
          <dd className="numeric">{formatValue(figure)}</dd>
          <dt>Unit</dt>
          <dd>{figure.unit || '—'}</dd>
          <dt>Qualifier</dt>
          <dd>{QUALIFIER_LABELS[figure.qualifier]}</dd>
        </dl>
        {figure.review === 'sent_back' && figure.reviewNote && (
          <p className="review-note" data-testid="review-note">
            <strong>Sent back:</strong> {figure.reviewNote}
          </p>
        )}
      </div>

      {role === 'preparer' && <DecideActions figure={figure} />}
      {role === 'reviewer' && <ReviewActions figure={figure} />}
      {role === undefined && (
        <p className="muted">
          You have no role in this engagement yet. Choose preparer or reviewer from your name in the header.
        </p>
      )}

      <form
        className={`verdict-form verdict-form-${draft.mode}`}
        onSubmit={(event) => {
          event.preventDefault();
          void submitDraft();
        }}
      >
        {reviewingReport && <ReportReview figure={figure} mode={draft.mode} />}
        {draft.mode === 'correct' && draft.fields && (
          <ValueFieldsEditor idPrefix="correct" fields={draft.fields} onChange={(fields) => edit({ fields })} />
        )}
        <label htmlFor={NOTE_FIELD_ID} className="note-label">
          <span>{NOTE_LABELS[draft.mode]}</span> <KeyHint command="note.focus" />
        </label>
        <textarea
          id={NOTE_FIELD_ID}
          rows={3}
          value={draft.note}
          required={NOTE_REQUIRED.has(draft.mode)}
          onChange={(event) => edit({ note: event.currentTarget.value })}
        />
        {role !== 'reviewer' && (
          <label>
            Evidence reference (optional)
            <input
              value={draft.evidence}
              placeholder="e.g. workpaper B-12, sustainability data p. 4"
              onChange={(event) => edit({ evidence: event.currentTarget.value })}
            />
          </label>
        )}
        {waiting && (
          <div className="form-actions">
            <button type="submit" className={NOTE_REQUIRED.has(draft.mode) ? 'button-dispute' : 'button-primary'}>
              {SUBMIT_LABELS[draft.mode]} <kbd>Ctrl+Enter</kbd>
            </button>
            <button type="button" onClick={cancelDraft}>
              Cancel <kbd>Esc</kbd>
            </button>
          </div>
        )}
        {draft.problem && (
          <p role="alert" className="problem">
            {draft.problem}
          </p>
        )}
      </form>

      <FigureHistory figure={figure} />
    </aside>
  );
}

/** What a review of the whole report takes: how many decisions, of which kind, and what it leaves alone. */
function ReportReview({ figure, mode }: { figure: QueueFigure; mode: DraftMode }) {
  const figures = useWorkspace((state) => state.figures);
  const fileName = useWorkspace((state) => selectDocument(state, figure.documentId)?.fileName ?? 'this report');
  const awaiting = useMemo(() => awaitingReview(figures, figure.documentId), [figures, figure.documentId]);
  const { confirmed, disputed, dismissed } = awaiting.byStatus;
  const kinds = [
    confirmed > 0 && `${confirmed} confirmed`,
    disputed > 0 && `${disputed} disputed`,
    dismissed > 0 && `${dismissed} not a figure`,
  ].filter(Boolean);
  return (
    <p className="report-review" data-testid="report-review">
      {mode === 'sign-off-document' ? 'Sign off' : 'Send back'} the {awaiting.total} {awaiting.total === 1 ? 'decision' : 'decisions'} of{' '}
      <strong>{fileName}</strong> awaiting review ({kinds.join(', ')}). Open figures, and those already signed off or sent back, stay
      as they are.
    </p>
  );
}
