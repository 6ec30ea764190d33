// Decisions taken on a check's figures all at once: `d` on a mismatch disputes every figure with one
// note, `c` on a check that holds confirms them, relying on it. One transaction, one audit event per
// figure (the same commit path as any decision), each event's evidence naming the automated check
// relied on — its rule, inputs and result, and the Tickmark version that ran it (automated-work.ts).

import type { VerdictIntent } from '../../../../shared/domain/verdict';
import { decideFigures } from '../../db/bulk-actions';
import { applyVerdicts, dutyRefusal, persist, useWorkspace } from '../../state/workspace';
import { automatedWork } from './automated-work';
import { disputable, type EngagementCheck } from './engagement-checks';

/** Dispute the figures of `check` with `note`; resolves with a problem to show, or null. */
export const disputeCheck = (check: EngagementCheck, note: string): Promise<string | null> => decideOnCheck(check, { kind: 'dispute', note });

/** Confirm the open figures of a check that holds, relying on it; resolves with a problem to show, or null. */
export const relyOnCheck = (check: EngagementCheck): Promise<string | null> =>
  check.holds ? decideOnCheck(check, { kind: 'confirm', note: check.message }) : Promise.resolve(null);

async function decideOnCheck(check: EngagementCheck, intent: VerdictIntent): Promise<string | null> {
  const state = useWorkspace.getState();
  const refusal = dutyRefusal(state, 'preparer');
  if (refusal || !state.userName) return refusal ?? '';
  const status = new Map(state.figures.map((f) => [f.id, f.status] as const));
  const ids = intent.kind === 'dispute' ? disputable(check, (id) => status.get(id)) : check.workedIds.filter((id) => status.get(id) === 'open');
  if (ids.length === 0) return null;
  const result = await persist(() => decideFigures(ids, intent, state.userName!, { evidence: automatedWork(check) }));
  if (!result.ok) return result.error;
  applyVerdicts(result.value.changes.map((change) => change.after));
  return null;
}
