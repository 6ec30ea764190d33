import { useTranslation } from 'react-i18next';
import { reviewTransition } from '../../../../shared/domain/review';
import { transition, type VerdictIntent } from '../../../../shared/domain/verdict';
import { runCommand } from '../../app/commands';
import type { QueueFigure } from '../../state/workspace';
import { useMultiSelection } from '../queue/multi-select';
import { KeyHint } from '../shortcuts/KeyHint';
import type { CommandId } from '../shortcuts/keymap';

/** The preparer's decisions on `figure`, each enabled when the verdict rules allow it from where it stands. */
export function DecideActions({ figure }: { figure: QueueFigure }) {
  // With figures selected, each takes the decision if the rules allow it from where it stands.
  const bulk = useMultiSelection((state) => state.ids.size > 0);
  const allows = (intent: VerdictIntent) => bulk || transition(figure.status, intent).ok;
  const { t } = useTranslation();
  return (
    <div className="verdict-actions" role="group" aria-label={t('verdict.decide')}>
      <CommandButton command="verdict.confirm" label={t('verdict.button.confirm')} className="button-confirm" enabled={allows({ kind: 'confirm' })} />
      <CommandButton command="verdict.dispute" label={t('verdict.button.dispute')} className="button-dispute" enabled={allows({ kind: 'dispute', note: 'x' })} />
      <CommandButton command="verdict.reopen" label={t('verdict.button.reopen')} enabled={allows({ kind: 'reopen' })} />
      <CommandButton command="verdict.dismiss" label={t('verdict.button.dismiss')} enabled={allows({ kind: 'dismiss', note: 'x' })} />
      <CommandButton command="figure.correct" label={t('verdict.button.correct')} enabled />
    </div>
  );
}

/** The reviewer's actions: on this figure's decision, and on every decision of its report awaiting review. */
export function ReviewActions({ figure }: { figure: QueueFigure }) {
  const bulk = useMultiSelection((state) => state.ids.size > 0);
  const reviewable = bulk || reviewTransition(figure.status, figure.review, { kind: 'sign_off' }).ok;
  const { t } = useTranslation();
  return (
    <div className="verdict-actions" role="group" aria-label={t('verdict.review')}>
      <CommandButton command="review.sign_off" label={t('verdict.button.signOff')} className="button-confirm" enabled={reviewable} />
      <CommandButton command="review.send_back" label={t('verdict.button.sendBack')} className="button-dispute" enabled={reviewable} />
      <CommandButton command="review.sign_off_document" label={t('verdict.button.signOffReport')} enabled />
      <CommandButton command="review.send_back_document" label={t('verdict.button.sendBackReport')} enabled />
    </div>
  );
}

function CommandButton({ command, label, enabled, className }: { command: CommandId; label: string; enabled: boolean; className?: string }) {
  return (
    <button type="button" className={className} disabled={!enabled} onClick={() => runCommand(command)}>
      {label} <KeyHint command={command} />
    </button>
  );
}
