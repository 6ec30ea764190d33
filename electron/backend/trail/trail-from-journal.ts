import type { TrailEvent } from '../../../shared/audit/event';
import { err, ok, type Result } from '../../../shared/domain/result';
import type { Journal } from '../journal/journal';

/** An engagement's whole trail as the journal holds it (events only), with the engagement's latest name. */
export async function trailFromJournal(
  journal: Journal,
  engagementId: string,
): Promise<Result<{ engagementName: string; events: TrailEvent[] }, string>> {
  const events: TrailEvent[] = [];
  let engagementName: string | undefined;
  for (;;) {
    const read = await journal.read(engagementId, events.at(-1)?.seq ?? 0);
    if (!read.ok) return err(read.error);
    for (const { event, records } of read.value.entries) {
      events.push(event);
      engagementName = records.engagement?.name ?? (event.form === 2 ? event.engagementName : engagementName);
    }
    if (read.value.complete || read.value.entries.length === 0) break;
  }
  if (events.length === 0) return err('the journal holds no events of this engagement.');
  return ok({ engagementName: engagementName ?? '', events });
}
