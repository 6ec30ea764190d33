import { commit, type ActionResult } from './commit';
import { db } from './database';
import type { AuditEvent } from './records';
import { openTrail } from './trail-writer';

/** Record that the engagement was written to an archive, or that an archive added to it: both are part of the audit. */
export function recordArchive(
  engagementId: string,
  action: 'archive.exported' | 'archive.imported',
  detail: string,
  actor: string,
): Promise<ActionResult<AuditEvent>> {
  return commit([db.engagements, db.events], async (written) => {
    const trail = await openTrail(written, engagementId, actor, 'any');
    return trail.append(new Date().toISOString(), { action, detail }, {});
  });
}
