import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { selectDocument, selectRole, useWorkspace, type QueueFigure } from '../../state/workspace';
import { awaitingReview } from '../queue/queue-view';
import { ReviewBadge } from '../queue/ReviewBadge';
import { StatusBadge } from '../queue/StatusBadge';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { ChecksView } from '../checks/ChecksView';
import { FigureChecks } from '../checks/FigureChecks';
import { KeyHint } from '../shortcuts/KeyHint';
import { DecideActions, ReviewActions } from './ActionButtons';
import { BulkHint } from './BulkHint';
import { NOTE_FIELD_ID, NOTE_REQUIRED, draftOf, editDraft, useVerdictDraft, type DraftMode } from './draft';
import { FigureHistory } from './FigureHistory';
import { useShownFigure } from './shown-figure';
import { ValueFieldsEditor } from './ValueFieldsEditor';
import { cancelDraft, submitDraft } from './verdict-commands';

/** The selected figure, the decisions (or reviews) open to the user's role, the note and evidence, and its history. */
export function VerdictPanel() {
  const figure = useShownFigure();
  const { t } = useTranslation();
  if (!figure) {
    return (
      <aside className="verdict" aria-label={t('verdict.label')}>
        <p className="muted">{t('verdict.selectFigure')}</p>
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
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <aside className="verdict" aria-label={t('verdict.label')}>
      <div className="figure-card">
        <div className="figure-card-top">
          <span className="figure-badges">
            <StatusBadge status={figure.status} />
            <ReviewBadge review={figure.review} note={figure.reviewNote} />
          </span>
          {figure.origin === 'added' && <span className="muted">{t('verdict.addedByAuditor')}</span>}
        </div>
        <p className="figure-text">{figure.text}</p>
        <dl className="figure-facts">
          <dt>{t('verdict.value')}</dt>
          <dd className="numeric">{format.value(figure)}</dd>
          <dt>{t('verdict.unit')}</dt>
          <dd>{figure.unit || '—'}</dd>
          <dt>{t('verdict.qualifier')}</dt>
          <dd>{t(`qualifier.${figure.qualifier}`)}</dd>
        </dl>
        {figure.review === 'sent_back' && figure.reviewNote && (
          <p className="review-note" data-testid="review-note">
            <strong>{t('verdict.sentBack')}</strong> {figure.reviewNote}
          </p>
        )}
      </div>

      <BulkHint />
      {role === 'preparer' && <DecideActions figure={figure} />}
      {role === 'reviewer' && <ReviewActions figure={figure} />}
      {role === undefined && (
        <p className="muted">{t('verdict.noRole')}</p>
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
          <span>{t(`verdict.note.${draft.mode}`)}</span> <KeyHint command="note.focus" />
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
            {t('verdict.evidence')}
            <input
              value={draft.evidence}
              placeholder={t('verdict.evidencePlaceholder')}
              onChange={(event) => edit({ evidence: event.currentTarget.value })}
            />
          </label>
        )}
        {waiting && (
          <div className="form-actions">
            <button type="submit" className={NOTE_REQUIRED.has(draft.mode) ? 'button-dispute' : 'button-primary'}>
              {t(`verdict.submit.${draft.mode}`)} <KeyHint command="form.submit" />
            </button>
            <button type="button" onClick={cancelDraft}>
              {t('common.cancel')} <KeyHint command="form.cancel" />
            </button>
          </div>
        )}
        {draft.problem && (
          <p role="alert" className="problem">
            {draft.problem}
          </p>
        )}
      </form>

      {role !== 'reviewer' && <EvidencePanel figure={figure} />}

      <FigureChecks figureId={figure.id} />
      <ChecksView />
      <FigureHistory figure={figure} />
    </aside>
  );
}

/** What a review of the whole report takes: how many decisions, of which kind, and what it leaves alone. */
function ReportReview({ figure, mode }: { figure: QueueFigure; mode: DraftMode }) {
  const figures = useWorkspace((state) => state.figures);
  const { t } = useTranslation();
  const fileName = useWorkspace((state) => selectDocument(state, figure.documentId)?.fileName) ?? t('verdict.thisReport');
  const awaiting = useMemo(() => awaitingReview(figures, figure.documentId), [figures, figure.documentId]);
  const kinds = (['confirmed', 'disputed', 'dismissed'] as const)
    .filter((kind) => awaiting.byStatus[kind] > 0)
    .map((kind) => t(`verdict.kind.${kind}`, { count: awaiting.byStatus[kind] }));
  return (
    <p className="report-review" data-testid="report-review">
      <Trans
        i18nKey={mode === 'sign-off-document' ? 'verdict.reportSignOff' : 'verdict.reportSendBack'}
        count={awaiting.total}
        values={{ file: fileName, kinds: kinds.join(t('verdict.listSeparator')) }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}
