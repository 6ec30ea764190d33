import { GENESIS_HASH } from '../../../shared/audit/event';

/** Where an engagement's chain ends: the next event must carry `seq + 1` and `hash` as its prevHash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_CHAIN: ChainHead = { seq: 0, hash: GENESIS_HASH };
