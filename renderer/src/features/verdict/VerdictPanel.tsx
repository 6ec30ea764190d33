import { transition, type VerdictIntent } from '../../../../shared/domain/verdict';
import { runCommand } from '../../app/commands';
import { QUALIFIER_LABELS, formatValue } from '../../domain/figure-value';
import { selectFigure, useWorkspace, type QueueFigure } from '../../state/workspace';
import { StatusBadge } from '../queue/StatusBadge';
import { KeyHint } from '../shortcuts/KeyHint';
import type { CommandId } from '../shortcuts/keymap';
import { NOTE_FIELD_ID, draftOf, editDraft, useVerdictDraft, type DraftMode } from './draft';
import { FigureHistory } from './FigureHistory';
import { ValueFieldsEditor } from './ValueFieldsEditor';
import { cancelDraft, submitDraft } from './verdict-commands';

const NOTE_LABELS: Record<DraftMode, string> = {
  decide: 'Note',
  dispute: 'What is wrong with this figure? (required)',
  dismiss: 'Why is this not a figure? (required)',
  correct: 'Note on the correction',
};

const SUBMIT_LABELS: Partial<Record<DraftMode, string>> = {
  dispute: 'Save dispute',
  dismiss: 'Dismiss as not a figure',
  correct: 'Save correction',
};

/** The selected figure, the decisions open to it, the note and evidence, and its history. */
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
  const allows = (intent: VerdictIntent) => transition(figure.status, intent).ok;
  const edit = (change: Parameters<typeof editDraft>[1]) => editDraft(figure.id, change);
  const waiting = draft.mode !== 'decide';

  return (
    <aside className="verdict" aria-label="Verdict">
      <div className="figure-card">
        <div className="figure-card-top">
          <StatusBadge status={figure.status} />
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
      </div>

      <div className="verdict-actions" role="group" aria-label="Decide">
        <CommandButton command="verdict.confirm" label="Confirm" className="button-confirm" enabled={allows({ kind: 'confirm' })} />
        <CommandButton command="verdict.dispute" label="Dispute" className="button-dispute" enabled={allows({ kind: 'dispute', note: 'x' })} />
        <CommandButton command="verdict.reopen" label="Reopen" enabled={allows({ kind: 'reopen' })} />
        <CommandButton command="verdict.dismiss" label="Not a figure" enabled={allows({ kind: 'dismiss', note: 'x' })} />
        <CommandButton command="figure.correct" label="Correct value" enabled />
      </div>

      <form
        className={`verdict-form verdict-form-${draft.mode}`}
        onSubmit={(event) => {
          event.preventDefault();
          void submitDraft();
        }}
      >
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
          required={draft.mode === 'dispute' || draft.mode === 'dismiss'}
          onChange={(event) => edit({ note: event.currentTarget.value })}
        />
        <label>
          Evidence reference (optional)
          <input
            value={draft.evidence}
            placeholder="e.g. workpaper B-12, sustainability data p. 4"
            onChange={(event) => edit({ evidence: event.currentTarget.value })}
          />
        </label>
        {waiting && (
          <div className="form-actions">
            <button type="submit" className={draft.mode === 'dispute' ? 'button-dispute' : 'button-primary'}>
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

function CommandButton({ command, label, enabled, className }: { command: CommandId; label: string; enabled: boolean; className?: string }) {
  return (
    <button type="button" className={className} disabled={!enabled} onClick={() => runCommand(command)}>
      {label} <KeyHint command={command} />
    </button>
  );
}
