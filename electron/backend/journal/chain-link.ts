import { GENESIS_HASH, sealEvent, type TrailEvent } from '../../../shared/audit/event';

/** Where an engagement's chain ends: the next event must carry `seq + 1` and `hash` as its prevHash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_CHAIN: ChainHead = { seq: 0, hash: GENESIS_HASH };

/**
 * Why `event` cannot be appended after `head`, or null when it follows it. A current-form event's
 * hash is checked too, by sealing its fields again in the same place; an older-form event's hash
 * is checked with the whole chain when the journal is next opened.
 */
export function linkProblem(head: ChainHead, event: TrailEvent): string | null {
  if (event.seq !== head.seq + 1) return `it is event ${event.seq}, where event ${head.seq + 1} comes next`;
  if (event.prevHash !== head.hash) return 'it does not follow the event before it';
  if (event.form === 2) {
    const { form: _form, seq: _seq, prevHash: _prevHash, hash, ...input } = event;
    if (sealEvent(input, head).hash !== hash) return 'its hash does not match its content';
  }
  return null;
}
