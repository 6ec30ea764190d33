import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { verifyChain } from '../../../shared/audit/event';
import type { TrailSeal } from '../../../shared/audit/seal';
import { ok, type Result } from '../../../shared/domain/result';
import { readAuditTrailCsv } from '../../../shared/export/audit-trail-read';
import { decodeUtf8 } from '../../../shared/export/csv-format';
import { JournalEntrySchema, type StoredEntry } from '../../../shared/ipc/journal-schemas';
import type { Failure } from '../../../shared/ipc/reasons';
import { nativeSha256Hex } from '../trail/native-sha256';
import { sealSignatureValid } from '../trail/signing-key';
import { ARCHIVE_LIMITS, JOURNAL, MANIFEST, ManifestSchema, ORIGINALS_DIR, TRAIL, type Manifest } from './archive-format';
import { archiveProblem as problem } from './archive-problems';

/** An archive whose every part was checked against the others: chain, seal, journal and originals agree. */
export interface CheckedArchive {
  manifest: Manifest;
  entries: StoredEntry[];
  /** The trail's seal; its signature is valid. Whether its key is trusted is the reader's call. */
  seal: TrailSeal;
  originals: Map<string, Uint8Array>;
}

const MiB = 1024 ** 2;

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's parts, unpacked only after its directory showed they fit the limits. */
function unpack(bytes: Uint8Array): Result<Record<string, Uint8Array>, Failure> {
  if (!isZip(bytes)) return problem.notZip();
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, { filter: (file) => (sizes.set(file.name, file.originalSize), false) });
  } catch (error) {
    return problem.unreadableZip(error);
  }
  if (sizes.size > ARCHIVE_LIMITS.entries) return problem.tooManyFiles(sizes.size, ARCHIVE_LIMITS.entries);
  let total = 0;
  for (const [name, size] of sizes) {
    const isText = name === JOURNAL || name === TRAIL;
    if (name !== MANIFEST && !isText && !/^originals\/[0-9a-f]{64}$/.test(name)) return problem.foreignFile(name);
    const limit = isText ? ARCHIVE_LIMITS.textBytes : ARCHIVE_LIMITS.entryBytes;
    if (size > limit) return problem.partTooLarge(name, Math.round(size / MiB), Math.round(limit / MiB));
    total += size;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) return problem.tooLarge(Math.round(total / MiB), ARCHIVE_LIMITS.totalBytes / MiB);
  try {
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (data.length !== sizes.get(name)) return problem.sizeMismatch(name);
    }
    return ok(files);
  } catch (error) {
    return problem.damaged(error);
  }
}

function journalEntries(text: string, engagementId: string): Result<StoredEntry[], Failure> {
  const entries: StoredEntry[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [index, line] of lines.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return problem.lineNotJson(index + 1);
    }
    const entry = JournalEntrySchema.safeParse(json);
    if (!entry.success) {
      const issue = entry.error.issues[0];
      return problem.lineNotEntry(index + 1, issue?.path.join('.') ?? '', issue?.message ?? 'invalid');
    }
    if (entry.data.event.engagementId !== engagementId) return problem.lineForeign(index + 1);
    entries.push(entry.data);
  }
  return ok(entries);
}

/** Read an archive and check that its parts agree, or say what is wrong with it. */
export function readArchive(bytes: Uint8Array): Result<CheckedArchive, Failure> {
  const unpacked = unpack(bytes);
  if (!unpacked.ok) return unpacked;
  const files = unpacked.value;
  for (const part of [MANIFEST, JOURNAL, TRAIL]) if (!files[part]) return problem.missingPart(part);

  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(strFromU8(files[MANIFEST]!));
  } catch {
    return problem.notJson(MANIFEST);
  }
  const manifest = ManifestSchema.safeParse(manifestJson);
  if (!manifest.success) return problem.notManifest(MANIFEST);
  const { engagementId, eventCount, headHash } = manifest.data;

  const journalText = decodeUtf8(files[JOURNAL]!);
  if (journalText === null) return problem.notUtf8(JOURNAL);
  const entries = journalEntries(journalText, engagementId);
  if (!entries.ok) return entries;
  const events = entries.value.map((entry) => entry.event);
  const chain = verifyChain(events, nativeSha256Hex);
  if (!chain.ok) return problem.journalBreaks(chain.seq, chain.reason, chain.why);
  if (events.length !== eventCount || (events.at(-1)?.hash ?? '') !== headHash) return problem.journalEnds();

  const trailText = decodeUtf8(files[TRAIL]!);
  if (trailText === null) return problem.notUtf8(TRAIL);
  const trail = readAuditTrailCsv(trailText, nativeSha256Hex);
  if (!trail.ok) return problem.trailUnverified(TRAIL, trail);
  if (!sealSignatureValid(trail.seal)) return problem.sealForged(TRAIL);
  if (trail.seal.eventCount !== eventCount || trail.seal.headHash !== headHash || trail.engagementId !== engagementId) return problem.sealForeign(TRAIL);

  const originals = new Map<string, Uint8Array>();
  for (const sha256 of manifest.data.originals) {
    const data = files[ORIGINALS_DIR + sha256];
    if (!data) return problem.missingPart(sha256, `it lacks the original ${sha256}`);
    if (createHash('sha256').update(data).digest('hex') !== sha256) return problem.originalChanged(sha256);
    originals.set(sha256, data);
  }
  for (const { records } of entries.value) {
    if (records.document && !originals.has(records.document.sha256)) {
      return problem.missingPart(records.document.fileName, `it lacks the original of ${records.document.fileName}`);
    }
  }
  return ok({ manifest: manifest.data, entries: entries.value, seal: trail.seal, originals });
}
