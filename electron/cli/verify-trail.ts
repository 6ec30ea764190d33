import { readFile } from 'node:fs/promises';
import { verifyChain } from '../../shared/audit/event';
import { parseAuditTrailCsv } from '../../shared/export/audit-trail-csv';
import type { CliIo } from './io';
import { fileSystemReason } from './file-system-reason';

/** `verify-trail FILE…`: check each exported audit trail; 0 when all are intact, 1 otherwise. */
export async function verifyTrails(paths: readonly string[], io: CliIo): Promise<number> {
  let failed = false;
  for (const path of paths) {
    let csv: string;
    try {
      csv = await readFile(path, 'utf8');
    } catch (error) {
      io.err(`Could not verify "${path}": ${fileSystemReason(error)}.\n`);
      failed = true;
      continue;
    }
    const parsed = parseAuditTrailCsv(csv);
    if (!parsed.ok) {
      io.err(`Could not verify "${path}": ${parsed.error}.\n`);
      failed = true;
      continue;
    }
    const check = verifyChain(parsed.events);
    if (check.ok) io.out(`${path}: intact, ${check.length} events, each linked to the one before.\n`);
    else {
      io.err(`${path}: BROKEN at event ${check.seq}: ${check.reason}.\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
