import type { TrailEvent } from './event';

/**
 * What importing another copy of an engagement's trail (an archive) would do to the one here.
 * Only a copy that continues this trail is taken in; one this trail already contains changes
 * nothing; one that went another way after some event is refused, never merged over local work.
 */
export type MergePlan =
  | { kind: 'new' }
  | { kind: 'continues'; after: number; adds: number }
  | { kind: 'contained'; localAhead: number }
  | { kind: 'diverged'; seq: number };

type Link = Pick<TrailEvent, 'seq' | 'hash'>;

export function planMerge(local: readonly Link[], incoming: readonly Link[]): MergePlan {
  if (local.length === 0) return { kind: 'new' };
  const shared = Math.min(local.length, incoming.length);
  for (let i = 0; i < shared; i++) {
    if (local[i]!.hash !== incoming[i]!.hash) return { kind: 'diverged', seq: i + 1 };
  }
  return incoming.length > local.length
    ? { kind: 'continues', after: local.length, adds: incoming.length - local.length }
    : { kind: 'contained', localAhead: local.length - incoming.length };
}
