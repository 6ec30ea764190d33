/**
 * What the auditor is writing about the selected figure: the note, an evidence reference, the
 * decision waiting for its note (a dispute needs one, a dismissal a reason, sending back what to
 * look at again), a value correction, or a review of every decision of the figure's report.
 * The draft belongs to one figure; selecting another shows a fresh one.
 */
import { create } from 'zustand';
import type { ValueFields } from './value-fields';

/** `decide`: the note is optional and c/d/r/x (or s) decide. The others wait for Ctrl+Enter. */
export type DraftMode = 'decide' | 'dispute' | 'dismiss' | 'correct' | 'send-back' | 'sign-off-document' | 'send-back-document';

/** The modes whose note is required. */
export const NOTE_REQUIRED: ReadonlySet<DraftMode> = new Set(['dispute', 'dismiss', 'send-back', 'send-back-document']);

export interface VerdictDraft {
  figureId: string | null;
  mode: DraftMode;
  note: string;
  evidence: string;
  /** The correction being typed, in `correct` mode. */
  fields: ValueFields | null;
  /** Why the last attempt did not happen. */
  problem: string | null;
}

const EMPTY: VerdictDraft = { figureId: null, mode: 'decide', note: '', evidence: '', fields: null, problem: null };

export const useVerdictDraft = create<VerdictDraft>(() => EMPTY);

/** The draft of `figureId`: an empty one when the stored draft is about another figure. */
export const draftOf = (draft: VerdictDraft, figureId: string | null): VerdictDraft =>
  draft.figureId === figureId ? draft : { ...EMPTY, figureId };

export function editDraft(figureId: string, change: Partial<Omit<VerdictDraft, 'figureId'>>): void {
  useVerdictDraft.setState((draft) => ({ ...draftOf(draft, figureId), problem: null, ...change }));
}

export function clearDraft(): void {
  useVerdictDraft.setState(EMPTY);
}

export const NOTE_FIELD_ID = 'verdict-note';

/** Put the cursor in the note now, so the next key typed lands in it and is not read as a command. */
export function focusNote(): void {
  document.getElementById(NOTE_FIELD_ID)?.focus();
}
