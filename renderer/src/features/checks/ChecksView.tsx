// The Checks view: every automatic check of the engagement, mismatches first. Choosing a check
// opens its first figure in the source (the others are a click away); on a mismatch, `d` asks for
// one note and disputes all of its figures, one audit event each; on a check that holds, `c`
// confirms its open figures relying on it (see check-decisions.ts).
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { select, useWorkspace } from '../../state/workspace';
import { disputeCheck, relyOnCheck } from './check-decisions';
import { engagementChecks, type EngagementCheck } from './engagement-checks';
import { checkLine } from './check-line';
import './checks.css';

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

export function ChecksView() {
  const documents = useWorkspace((state) => state.documents);
  const figures = useWorkspace((state) => state.figures);
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [disputing, setDisputing] = useState<EngagementCheck | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const checks = open ? engagementChecks(documents, figures) : [];
  const mismatches = checks.filter((c) => !c.holds).length;
  // Only while open: closed, this renders on every verdict of what may be 20 000 figures.
  const textOf = open ? new Map(figures.map((f) => [f.id, f.text] as const)) : NO_TEXTS;

  const onKey = (event: KeyboardEvent, check: EngagementCheck) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'c' && check.holds) {
      event.preventDefault();
      event.stopPropagation();
      void relyOnCheck(check).then(setProblem);
      return;
    }
    if (event.key === 'd' && !check.holds) {
      event.preventDefault();
      event.stopPropagation();
      setProblem(null);
      setNote('');
      setDisputing(check);
    }
  };
  const submit = async () => {
    if (!disputing || !note.trim()) return setProblem(t('checks.noteRequired'));
    const failed = await disputeCheck(disputing, note.trim());
    if (failed !== null) return setProblem(failed || t('checks.noteRequired'));
    setDisputing(null);
  };

  return (
    <section className="checks-view" aria-label={t('checks.title')}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="checks-toggle">
        {t('checks.title')}
      </button>
      {open && (
        <>
          <p className="muted" data-testid="checks-summary">
            {t('checks.summary', { count: checks.length })} · {t('checks.mismatches', { count: mismatches })}
          </p>
          <ul className="checks-list" data-testid="checks-list">
            {checks.map((check) => (
              <li key={check.key}>
                <button
                  type="button"
                  className={check.holds ? 'check-holds' : 'check-mismatch'}
                  data-holds={check.holds}
                  onClick={() => check.figureIds[0] && select(check.figureIds[0])}
                  onKeyDown={(event) => onKey(event, check)}
                >
                  {checkLine(t, check)}
                </button>
                <span className="check-figures">
                  {check.figureIds.map((id) => (
                    <button type="button" key={id} className="link" onClick={() => select(id)}>
                      {textOf.get(id)}
                    </button>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          {problem && !disputing && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
          {disputing && (
            <form
              className="verdict-form"
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <label>
                {t('checks.disputeNote', { count: disputing.workedIds.length })}
                <textarea
                  autoFocus
                  rows={2}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  onKeyDown={(event) => {
                    // this form's own Ctrl+Enter and Escape, not the verdict panel's
                    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
                    else if (event.key === 'Escape') setDisputing(null);
                    else return;
                    event.preventDefault();
                    event.stopPropagation();
                  }}
                  data-testid="check-dispute-note"
                />
              </label>
              <div className="form-actions">
                <button type="submit" className="button-dispute">
                  {t('checks.disputeSubmit')}
                </button>
                <button type="button" onClick={() => setDisputing(null)}>
                  {t('common.cancel')}
                </button>
              </div>
              {problem && (
                <p role="alert" className="problem">
                  {problem}
                </p>
              )}
            </form>
          )}
        </>
      )}
    </section>
  );
}
