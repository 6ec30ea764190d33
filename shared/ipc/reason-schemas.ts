// The zod schemas of reasons.ts's reasons, apart from the codes and types: the import worker and the
// command line make reasons without loading zod (about 0.1 s and 14 MB at each start).
import { z } from 'zod';
import type { LinkBreak } from '../audit/event';
import { FILE_PROBLEMS, REASON_CODES } from './reasons';

const Param = z.union([z.string().max(4_000), z.number()]);

export const FileProblemSchema = z.object({ code: z.enum(FILE_PROBLEMS), detail: z.string().max(4_000).optional() }).strict();

/** Why an event breaks its trail (shared/audit/event.ts), where a reason's detail is that. */
const LinkBreakSchema: z.ZodType<LinkBreak> = z.union([
  z.object({ code: z.literal('outOfOrder'), expected: z.number(), found: z.number() }).strict(),
  z.object({ code: z.enum(['notFollowing', 'contentChanged']) }).strict(),
]);

const reasonFields = {
  code: z.enum(REASON_CODES),
  params: z.record(z.string().max(64), Param).optional(),
  file: FileProblemSchema.optional(),
  detail: z.string().max(4_000).optional(),
  /** The detail as a code, where it is why an event breaks its trail; the UI says it instead of `detail`. */
  link: LinkBreakSchema.optional(),
};
/** A reason, and the reason inside it where a sentence wraps another (`journal.blocked` wraps why). */
export const ReasonSchema = z.object({ ...reasonFields, cause: z.object(reasonFields).strict().optional() }).strict();

/** A failure as the Node side answers it: the English sentence and its reason. */
export const FailureSchema = z.object({ message: z.string(), reason: ReasonSchema }).strict();
