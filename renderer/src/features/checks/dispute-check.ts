// One key disputes every figure of a mismatch with one note: one transaction, one audit event per
// figure (through the same commit path as any decision), each event's evidence naming the automated
// check the auditor relied on — its rule, inputs and result, and the Tickmark version that ran it.

import { decideFigures } from '../../db/bulk-actions';
import { applyVerdicts, dutyRefusal, persist, useWorkspace } from '../../state/workspace';
import { disputable, type EngagementCheck } from './engagement-checks';

/** Which Tickmark ran the check: recorded with the work it did. */
export const TICKMARK_VERSION = '0.1.0';

export const automatedWork = (check: EngagementCheck): string =>
  `Automated check by Tickmark ${TICKMARK_VERSION}, rule ${check.rule}: ${check.message}${check.expected === undefined ? '' : ` (expected ${check.expected}${check.stated === undefined ? '' : `, stated ${check.stated}`})`}`;

/** Dispute the figures of `check` with `note`; resolves with a problem to show, or null. */
export async function disputeCheck(check: EngagementCheck, note: string): Promise<string | null> {
  const state = useWorkspace.getState();
  const refusal = dutyRefusal(state, 'preparer');
  if (refusal || !state.userName) return refusal ?? '';
  const status = new Map(state.figures.map((f) => [f.id, f.status] as const));
  const ids = disputable(check, (id) => status.get(id));
  if (ids.length === 0) return null;
  const result = await persist(() => decideFigures(ids, { kind: 'dispute', note }, state.userName!, automatedWork(check)));
  if (!result.ok) return result.error;
  applyVerdicts(result.value.changes.map((change) => change.after));
  return null;
}
