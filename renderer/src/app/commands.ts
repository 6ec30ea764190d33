/** What each keyboard command does: the keymap says which key, this says what happens. */
import { selectQueueView, select, useWorkspace } from '../state/workspace';
import { closeDialog, openDialog, useUi } from '../state/ui';
import { ARCHIVE_INPUT_ID, exportArchive } from '../features/archive/archive';
import { linkChosenEvidence } from '../features/evidence/evidence-commands';
import { exportFiguresSummary, exportTrail } from '../features/export/export-trail';
import { EVIDENCE_INPUT_ID, IMPORT_INPUT_ID } from '../features/import/import-jobs';
import { clearSelection, extendSelection, selectAllVisible, selectionActive } from '../features/queue/multi-select';
import { stepSelection } from '../features/queue/queue-view';
import type { CommandId } from '../features/shortcuts/keymap';
import { isTypingTarget } from '../features/shortcuts/keymap';
import { useSourceSelection } from '../features/source-view/source-selection';
import { draftOf, focusNote, useVerdictDraft } from '../features/verdict/draft';
import { askToReview, signOff } from '../features/verdict/review-commands';
import { undoLast } from '../features/verdict/undo-stack';
import { askForNote, cancelDraft, decide, startCorrection } from '../features/verdict/verdict-commands';

/** The commands that still work while a dialog is open. */
export const DIALOG_COMMANDS: readonly CommandId[] = ['form.submit', 'form.cancel', 'help.toggle'];

const noteOfSelected = () => {
  const { selectedId } = useWorkspace.getState();
  return draftOf(useVerdictDraft.getState(), selectedId).note;
};

function moveSelection(offset: number): void {
  const state = useWorkspace.getState();
  select(stepSelection(selectQueueView(state), state.selectedId, offset));
}

export function runCommand(command: CommandId): void {
  switch (command) {
    case 'figure.next':
      return moveSelection(1);
    case 'figure.previous':
      return moveSelection(-1);
    case 'selection.extendDown':
      return extendSelection(1);
    case 'selection.extendUp':
      return extendSelection(-1);
    case 'selection.all':
      return selectAllVisible();
    case 'decision.undo':
      return void undoLast();
    case 'verdict.confirm':
      return void decide({ kind: 'confirm', note: noteOfSelected() });
    case 'verdict.reopen':
      return void decide({ kind: 'reopen', note: noteOfSelected() });
    case 'verdict.dispute':
      return askForNote('dispute');
    case 'verdict.dismiss':
      return askForNote('dismiss');
    case 'note.focus':
      return focusNote();
    case 'figure.correct':
      return startCorrection();
    case 'review.sign_off':
      return void signOff();
    case 'review.send_back':
      return askToReview('send-back');
    case 'review.sign_off_document':
      return askToReview('sign-off-document');
    case 'review.send_back_document':
      return askToReview('send-back-document');
    case 'evidence.link':
      return linkChosenEvidence();
    case 'figure.add':
      return useSourceSelection.getState().selection ? openDialog('add-figure') : undefined;
    case 'engagement.new':
      return openDialog('new-engagement');
    case 'reports.import':
      return document.getElementById(IMPORT_INPUT_ID)?.click();
    case 'evidence.import':
      return document.getElementById(EVIDENCE_INPUT_ID)?.click();
    case 'trail.export':
      return void exportTrail();
    case 'summary.export':
      return void exportFiguresSummary();
    case 'archive.export':
      return void exportArchive();
    case 'archive.import':
      return document.getElementById(ARCHIVE_INPUT_ID)?.click();
    case 'trail.show':
      return openDialog('trail');
    case 'find.open':
      return useWorkspace.getState().engagement ? openDialog('find') : undefined;
    case 'overview.show':
      return useWorkspace.getState().engagement ? openDialog('overview') : undefined;
    case 'help.toggle':
      return useUi.getState().dialog === 'help' ? closeDialog() : openDialog('help');
    case 'form.submit': {
      const active = document.activeElement;
      return active instanceof HTMLElement ? active.closest('form')?.requestSubmit() : undefined;
    }
    case 'form.cancel': {
      if (useUi.getState().dialog) return closeDialog();
      const active = document.activeElement;
      if (isTypingTarget(active)) (active as HTMLElement).blur();
      else if (selectionActive()) clearSelection();
      return cancelDraft();
    }
  }
}
