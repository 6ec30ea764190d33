import { createHash } from 'node:crypto';
import type { Sha256Hex } from '../../../shared/audit/event';

/** Node's native SHA-256, ten times noble's speed: what long trails are sealed and checked with here. */
export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
