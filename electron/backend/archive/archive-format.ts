import { z } from 'zod';
import { Sha256 } from '../../../shared/ipc/journal-schemas';

/**
 * A `.tickmark` archive: one engagement, whole, to carry to another laptop or keep in the
 * engagement file. A ZIP holding
 * - `manifest.json`: what it is, whose, how many events and the trail's head;
 * - `journal.jsonl`: every journal entry (sealed event and the records it wrote), in seq order;
 * - `trail.csv`: the audit trail sealed with the exporting installation's key, as `verify-trail` reads it;
 * - `originals/<sha256>`: the imported reports' files.
 */
export const ARCHIVE_EXTENSION = '.tickmark';
export const MANIFEST = 'manifest.json';
export const JOURNAL = 'journal.jsonl';
export const TRAIL = 'trail.csv';
export const ORIGINALS_DIR = 'originals/';

export const ManifestSchema = z
  .object({
    format: z.literal('tickmark-archive'),
    version: z.literal(1),
    engagementId: z.string().min(1).max(128),
    engagementName: z.string().max(1_000),
    exportedAt: z.string().max(40),
    exportedBy: z.string().max(1_000),
    eventCount: z.number().int().nonnegative(),
    headHash: Sha256,
    originals: z.array(Sha256).max(10_000),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** What an archive may unpack to: limits checked on the ZIP's directory before anything is inflated. */
export const ARCHIVE_LIMITS = {
  entries: 10_004,
  /** Every entry unpacked together. */
  totalBytes: 4 * 1024 ** 3,
  /** One original: the largest report Tickmark imports, 200 MB. */
  entryBytes: 200 * 1024 ** 2,
  /** The journal and the trail CSV may be larger than one report. */
  textBytes: 2 * 1024 ** 3 - 1,
};
