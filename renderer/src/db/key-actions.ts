import { commit, type ActionResult } from './commit';
import { db } from './database';
import { keyTrusted } from './detail-shapes';
import type { Engagement, TrustedKey } from './records';
import { openTrail } from './trail-writer';

/**
 * Record that `engagement` accepts trails sealed with `key`: its own installation's key, trusted on
 * the first export, or a colleague's. Trusting a key already trusted changes nothing.
 */
export function trustKey(engagementId: string, key: TrustedKey, actor: string): Promise<ActionResult<Engagement>> {
  return commit([db.engagements, db.events], async (written) => {
    const trail = await openTrail(written, engagementId, actor, 'any');
    const engagement = (await db.engagements.get(engagementId))!;
    if (engagement.trustedKeys?.some((trusted) => trusted.fingerprint === key.fingerprint)) return engagement;
    const updated: Engagement = { ...engagement, trustedKeys: [...(engagement.trustedKeys ?? []), key] };
    await db.engagements.put(updated);
    await trail.append(
      new Date().toISOString(),
      { action: 'engagement.key_trusted', detail: keyTrusted.write(key) },
      { engagement: updated },
    );
    return updated;
  });
}
