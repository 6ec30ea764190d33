import { z } from 'zod';
import { ROLES } from '../domain/review';
import { JournalEntrySchema, RecordId, Sha256 } from './journal-schemas';
import { ReasonSchema } from './reason-schemas';
import { FileName, SigningKeySchema } from './schemas';

/** The largest archive Tickmark reads: a few reports' originals and their journal. */
export const MAX_ARCHIVE_BYTES = 2 * 1024 ** 3 - 1;

/** Export an engagement's trail or archive, sealed in the name of `signer`, to a file named like `extension`. */
export const sealedExportRequest = (extension: '.csv' | '.tickmark') =>
  z
    .object({
      engagementId: RecordId,
      suggestedName: FileName.refine((name) => name.toLowerCase().endsWith(extension), `a ${extension} file name`),
      signer: z.string().min(1).max(1_000),
      role: z.enum(ROLES),
    })
    .strict();

/** What exporting a sealed trail or an archive came to. */
export const TrailExportResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), eventCount: z.number().int().nonnegative(), key: SigningKeySchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string(), reason: ReasonSchema }),
]);

/** An archive whose parts agree, as the renderer receives it to merge. */
export const CheckedArchiveSchema = z.object({
  engagementId: RecordId,
  engagementName: z.string(),
  entries: z.array(JournalEntrySchema),
  originals: z.array(z.object({ sha256: Sha256, bytes: z.instanceof(Uint8Array) })),
  /** Who sealed it, with which key (the signature is valid; whether the key is trusted is the engagement's call). */
  seal: z.object({ signer: z.string(), role: z.enum(ROLES), sealedAt: z.string(), publicKey: z.string(), fingerprint: z.string() }),
});
export type CheckedArchiveInfo = z.infer<typeof CheckedArchiveSchema>;
