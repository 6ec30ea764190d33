import { normalizeFingerprint } from '../../shared/audit/seal';
import { escapeControlCharacters as shown } from '../../shared/text/control-characters';
import { defaultDataFolder } from '../backend/data-folder';
import { readTrailFileBytes } from '../backend/trail/trail-file-bytes';
import { fileSystemReason } from '../backend/file-system-reason';
import type { CliIo } from './io';

export interface VerifyOptions {
  /** Fingerprints of other installations' keys to trust. */
  trust: readonly string[];
  /** The data folder whose installation key is trusted; default the app's own. */
  dataDir?: string;
}

/** `verify-trail FILE…`: check each exported audit trail; 0 when all are intact and trusted, 1 otherwise. */
export async function verifyTrails(paths: readonly string[], io: CliIo, options: VerifyOptions): Promise<number> {
  // The first file is read while the verifying code loads (some 0.3 s each, at a cold start).
  const firstReading = paths[0] === undefined ? undefined : readTrailFileBytes(paths[0]);
  firstReading?.catch(() => {}); // its failure is reported when the file's turn comes
  const { installationFingerprint, verifyTrailFile } = await import('../backend/trail/verify-trail-file');
  const own = await installationFingerprint(options.dataDir ?? defaultDataFolder());
  const trusted = new Set([...options.trust, ...(own ? [own] : [])].map(normalizeFingerprint));
  let failed = false;
  for (const [index, path] of paths.entries()) {
    const name = shown(path);
    let verdict;
    try {
      verdict = await verifyTrailFile(path, trusted, index === 0 ? firstReading : undefined);
    } catch (error) {
      io.err(`Could not verify "${name}": ${fileSystemReason(error)}.\n`);
      failed = true;
      continue;
    }
    if (verdict.ok) {
      io.out(
        `${name}: intact. ${verdict.eventCount} events of "${shown(verdict.engagementName)}", each linked to the one before, ` +
          `sealed ${verdict.sealedAt} by ${shown(verdict.signer)} with key ${verdict.fingerprint}.\n`,
      );
    } else {
      io.err(`${name}: NOT VERIFIED${verdict.row === undefined ? '' : ` at row ${verdict.row}`}: ${shown(verdict.reason)}.\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
