import { reviewTransition } from '../../../../shared/domain/review';
import { transition, type VerdictIntent } from '../../../../shared/domain/verdict';
import { runCommand } from '../../app/commands';
import type { QueueFigure } from '../../state/workspace';
import { KeyHint } from '../shortcuts/KeyHint';
import type { CommandId } from '../shortcuts/keymap';

/** The preparer's decisions on `figure`, each enabled when the verdict rules allow it from where it stands. */
export function DecideActions({ figure }: { figure: QueueFigure }) {
  const allows = (intent: VerdictIntent) => transition(figure.status, intent).ok;
  return (
    <div className="verdict-actions" role="group" aria-label="Decide">
      <CommandButton command="verdict.confirm" label="Confirm" className="button-confirm" enabled={allows({ kind: 'confirm' })} />
      <CommandButton command="verdict.dispute" label="Dispute" className="button-dispute" enabled={allows({ kind: 'dispute', note: 'x' })} />
      <CommandButton command="verdict.reopen" label="Reopen" enabled={allows({ kind: 'reopen' })} />
      <CommandButton command="verdict.dismiss" label="Not a figure" enabled={allows({ kind: 'dismiss', note: 'x' })} />
      <CommandButton command="figure.correct" label="Correct value" enabled />
    </div>
  );
}

/** The reviewer's actions: on this figure's decision, and on every decision of its report awaiting review. */
export function ReviewActions({ figure }: { figure: QueueFigure }) {
  const reviewable = reviewTransition(figure.status, figure.review, { kind: 'sign_off' }).ok;
  return (
    <div className="verdict-actions" role="group" aria-label="Review">
      <CommandButton command="review.sign_off" label="Sign off" className="button-confirm" enabled={reviewable} />
      <CommandButton command="review.send_back" label="Send back" className="button-dispute" enabled={reviewable} />
      <CommandButton command="review.sign_off_document" label="Sign off report" enabled />
      <CommandButton command="review.send_back_document" label="Send back report" enabled />
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
