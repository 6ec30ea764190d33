import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { verifyChain } from '../../../shared/audit/event';
import type { TrailSeal } from '../../../shared/audit/seal';
import { err, ok, type Result } from '../../../shared/domain/result';
import { readAuditTrailCsv } from '../../../shared/export/audit-trail-read';
import { decodeUtf8 } from '../../../shared/export/csv-format';
import { JournalEntrySchema, type StoredEntry } from '../../../shared/ipc/journal-schemas';
import { reason, type Failure, type Reason, type ReasonCode } from '../../../shared/ipc/reasons';
import { nativeSha256Hex } from '../trail/native-sha256';
import { sealSignatureValid } from '../trail/signing-key';
import { ARCHIVE_LIMITS, JOURNAL, MANIFEST, ManifestSchema, ORIGINALS_DIR, TRAIL, type Manifest } from './archive-format';

/** An archive whose every part was checked against the others: chain, seal, journal and originals agree. */
export interface CheckedArchive {
  manifest: Manifest;
  entries: StoredEntry[];
  /** The trail's seal; its signature is valid. Whether its key is trusted is the reader's call. */
  seal: TrailSeal;
  originals: Map<string, Uint8Array>;
}

const MiB = 1024 ** 2;

/** What is wrong with an archive: the English clause and its reason. */
const bad = (message: string, code: ReasonCode, extra: Omit<Reason, 'code'> = {}): Result<never, Failure> => err({ message, reason: reason(code, extra) });
const said = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's parts, unpacked only after its directory showed they fit the limits. */
function unpack(bytes: Uint8Array): Result<Record<string, Uint8Array>, Failure> {
  if (!isZip(bytes)) return bad('it is not a Tickmark archive (archives are ZIP files)', 'archive.notZip');
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, { filter: (file) => (sizes.set(file.name, file.originalSize), false) });
  } catch (error) {
    return bad(`it is not a readable ZIP archive (${said(error)})`, 'archive.damaged', { detail: said(error) });
  }
  if (sizes.size > ARCHIVE_LIMITS.entries) {
    const message = `it holds ${sizes.size} files, more than the ${ARCHIVE_LIMITS.entries} an archive may`;
    return bad(message, 'archive.tooLarge', { detail: message });
  }
  let total = 0;
  for (const [name, size] of sizes) {
    const isText = name === JOURNAL || name === TRAIL;
    if (name !== MANIFEST && !isText && !/^originals\/[0-9a-f]{64}$/.test(name)) return bad(`it holds "${name}", which no Tickmark archive holds`, 'archive.foreignFile', { params: { name } });
    const limit = isText ? ARCHIVE_LIMITS.textBytes : ARCHIVE_LIMITS.entryBytes;
    if (size > limit) {
      const message = `its ${name} would unpack to ${Math.round(size / MiB)} MB, more than the ${Math.round(limit / MiB)} MB allowed`;
      return bad(message, 'archive.tooLarge', { detail: message });
    }
    total += size;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) {
    const message = `it would unpack to ${Math.round(total / MiB)} MB, more than the ${ARCHIVE_LIMITS.totalBytes / MiB} MB allowed`;
    return bad(message, 'archive.tooLarge', { detail: message });
  }
  try {
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (data.length !== sizes.get(name)) {
        const message = `its ${name} unpacks to another size than its directory says`;
        return bad(message, 'archive.damaged', { detail: message });
      }
    }
    return ok(files);
  } catch (error) {
    return bad(`it is damaged (${said(error)})`, 'archive.damaged', { detail: said(error) });
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
      return bad(`line ${index + 1} of its journal is not JSON`, 'archive.badPart', { params: { part: JOURNAL }, detail: `line ${index + 1}: not JSON` });
    }
    const entry = JournalEntrySchema.safeParse(json);
    if (!entry.success) {
      const why = entry.error.issues[0]?.message ?? 'invalid';
      return bad(`line ${index + 1} of its journal is not a journal entry (${why})`, 'archive.badPart', { params: { part: JOURNAL }, detail: `line ${index + 1}: ${why}` });
    }
    if (entry.data.event.engagementId !== engagementId) {
      const message = `line ${index + 1} of its journal belongs to another engagement`;
      return bad(message, 'archive.unverified', { detail: message });
    }
    entries.push(entry.data);
  }
  return ok(entries);
}

/** Read an archive and check that its parts agree, or say what is wrong with it. */
export function readArchive(bytes: Uint8Array): Result<CheckedArchive, Failure> {
  const unpacked = unpack(bytes);
  if (!unpacked.ok) return unpacked;
  const files = unpacked.value;
  for (const part of [MANIFEST, JOURNAL, TRAIL]) if (!files[part]) return bad(`it has no ${part}`, 'archive.missingPart', { params: { part } });

  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(strFromU8(files[MANIFEST]!));
  } catch {
    return bad(`its ${MANIFEST} is not JSON`, 'archive.badPart', { params: { part: MANIFEST } });
  }
  const manifest = ManifestSchema.safeParse(manifestJson);
  if (!manifest.success) return bad(`its ${MANIFEST} is not a Tickmark archive manifest`, 'archive.badPart', { params: { part: MANIFEST } });
  const { engagementId, eventCount, headHash } = manifest.data;

  const journalText = decodeUtf8(files[JOURNAL]!);
  if (journalText === null) return bad(`its ${JOURNAL} is not UTF-8 text`, 'archive.badPart', { params: { part: JOURNAL } });
  const entries = journalEntries(journalText, engagementId);
  if (!entries.ok) return entries;
  const events = entries.value.map((entry) => entry.event);
  const chain = verifyChain(events, nativeSha256Hex);
  if (!chain.ok) {
    const message = `event ${chain.seq} of its journal does not verify: ${chain.reason}`;
    return bad(message, 'archive.journalBreaks', { params: { seq: chain.seq }, detail: chain.reason, link: chain.why });
  }
  if (events.length !== eventCount || (events.at(-1)?.hash ?? '') !== headHash) {
    const message = 'its journal does not end where its manifest says: events were removed or added';
    return bad(message, 'archive.unverified', { detail: message });
  }

  const trailText = decodeUtf8(files[TRAIL]!);
  if (trailText === null) return bad(`its ${TRAIL} is not UTF-8 text`, 'archive.badPart', { params: { part: TRAIL } });
  const trail = readAuditTrailCsv(trailText, nativeSha256Hex);
  if (!trail.ok) {
    const message = `its ${TRAIL} does not verify${trail.row === undefined ? '' : ` at row ${trail.row}`}: ${trail.reason}`;
    return bad(message, 'archive.unverified', { detail: message });
  }
  if (!sealSignatureValid(trail.seal)) {
    const message = `the seal of its ${TRAIL} does not match its signature: it was edited or forged`;
    return bad(message, 'archive.unverified', { detail: message });
  }
  if (trail.seal.eventCount !== eventCount || trail.seal.headHash !== headHash || trail.engagementId !== engagementId) {
    const message = `its ${TRAIL} is sealed for another trail than its journal holds`;
    return bad(message, 'archive.unverified', { detail: message });
  }

  const originals = new Map<string, Uint8Array>();
  for (const sha256 of manifest.data.originals) {
    const data = files[ORIGINALS_DIR + sha256];
    if (!data) return bad(`it lacks the original ${sha256}`, 'archive.missingPart', { params: { part: sha256 } });
    if (createHash('sha256').update(data).digest('hex') !== sha256) {
      const message = `its original ${sha256} is not the file of that SHA-256`;
      return bad(message, 'archive.unverified', { detail: message });
    }
    originals.set(sha256, data);
  }
  for (const { records } of entries.value) {
    if (records.document && !originals.has(records.document.sha256)) {
      return bad(`it lacks the original of ${records.document.fileName}`, 'archive.missingPart', { params: { part: records.document.fileName } });
    }
  }
  return ok({ manifest: manifest.data, entries: entries.value, seal: trail.seal, originals });
}
