import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { verifyChain } from '../../../shared/audit/event';
import type { TrailSeal } from '../../../shared/audit/seal';
import { err, ok, type Result } from '../../../shared/domain/result';
import { readAuditTrailCsv } from '../../../shared/export/audit-trail-read';
import { decodeUtf8 } from '../../../shared/export/csv-format';
import { JournalEntrySchema, type StoredEntry } from '../../../shared/ipc/journal-schemas';
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

export const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The archive's parts, unpacked only after its directory showed they fit the limits. */
function unpack(bytes: Uint8Array): Result<Record<string, Uint8Array>, string> {
  if (!isZip(bytes)) return err('it is not a Tickmark archive (archives are ZIP files)');
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, { filter: (file) => (sizes.set(file.name, file.originalSize), false) });
  } catch (error) {
    return err(`it is not a readable ZIP archive (${error instanceof Error ? error.message : String(error)})`);
  }
  if (sizes.size > ARCHIVE_LIMITS.entries) return err(`it holds ${sizes.size} files, more than the ${ARCHIVE_LIMITS.entries} an archive may`);
  let total = 0;
  for (const [name, size] of sizes) {
    const isText = name === JOURNAL || name === TRAIL;
    if (name !== MANIFEST && !isText && !/^originals\/[0-9a-f]{64}$/.test(name)) return err(`it holds "${name}", which no Tickmark archive holds`);
    const limit = isText ? ARCHIVE_LIMITS.textBytes : ARCHIVE_LIMITS.entryBytes;
    if (size > limit) return err(`its ${name} would unpack to ${Math.round(size / MiB)} MB, more than the ${Math.round(limit / MiB)} MB allowed`);
    total += size;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) return err(`it would unpack to ${Math.round(total / MiB)} MB, more than the ${ARCHIVE_LIMITS.totalBytes / MiB} MB allowed`);
  try {
    const files = unzipSync(bytes);
    for (const [name, data] of Object.entries(files)) {
      if (data.length !== sizes.get(name)) return err(`its ${name} unpacks to another size than its directory says`);
    }
    return ok(files);
  } catch (error) {
    return err(`it is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

function journalEntries(text: string, engagementId: string): Result<StoredEntry[], string> {
  const entries: StoredEntry[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [index, line] of lines.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      return err(`line ${index + 1} of its journal is not JSON`);
    }
    const entry = JournalEntrySchema.safeParse(json);
    if (!entry.success) return err(`line ${index + 1} of its journal is not a journal entry (${entry.error.issues[0]?.message ?? 'invalid'})`);
    if (entry.data.event.engagementId !== engagementId) return err(`line ${index + 1} of its journal belongs to another engagement`);
    entries.push(entry.data);
  }
  return ok(entries);
}

/** Read an archive and check that its parts agree, or say what is wrong with it. */
export function readArchive(bytes: Uint8Array): Result<CheckedArchive, string> {
  const unpacked = unpack(bytes);
  if (!unpacked.ok) return unpacked;
  const files = unpacked.value;
  for (const part of [MANIFEST, JOURNAL, TRAIL]) if (!files[part]) return err(`it has no ${part}`);

  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(strFromU8(files[MANIFEST]!));
  } catch {
    return err(`its ${MANIFEST} is not JSON`);
  }
  const manifest = ManifestSchema.safeParse(manifestJson);
  if (!manifest.success) return err(`its ${MANIFEST} is not a Tickmark archive manifest`);
  const { engagementId, eventCount, headHash } = manifest.data;

  const journalText = decodeUtf8(files[JOURNAL]!);
  if (journalText === null) return err(`its ${JOURNAL} is not UTF-8 text`);
  const entries = journalEntries(journalText, engagementId);
  if (!entries.ok) return entries;
  const events = entries.value.map((entry) => entry.event);
  const chain = verifyChain(events, nativeSha256Hex);
  if (!chain.ok) return err(`event ${chain.seq} of its journal does not verify: ${chain.reason}`);
  if (events.length !== eventCount || (events.at(-1)?.hash ?? '') !== headHash) {
    return err('its journal does not end where its manifest says: events were removed or added');
  }

  const trailText = decodeUtf8(files[TRAIL]!);
  if (trailText === null) return err(`its ${TRAIL} is not UTF-8 text`);
  const trail = readAuditTrailCsv(trailText, nativeSha256Hex);
  if (!trail.ok) return err(`its ${TRAIL} does not verify${trail.row === undefined ? '' : ` at row ${trail.row}`}: ${trail.reason}`);
  if (!sealSignatureValid(trail.seal)) return err(`the seal of its ${TRAIL} does not match its signature: it was edited or forged`);
  if (trail.seal.eventCount !== eventCount || trail.seal.headHash !== headHash || trail.engagementId !== engagementId) {
    return err(`its ${TRAIL} is sealed for another trail than its journal holds`);
  }

  const originals = new Map<string, Uint8Array>();
  for (const sha256 of manifest.data.originals) {
    const data = files[ORIGINALS_DIR + sha256];
    if (!data) return err(`it lacks the original ${sha256}`);
    if (createHash('sha256').update(data).digest('hex') !== sha256) return err(`its original ${sha256} is not the file of that SHA-256`);
    originals.set(sha256, data);
  }
  for (const { records } of entries.value) {
    if (records.document && !originals.has(records.document.sha256)) return err(`it lacks the original of ${records.document.fileName}`);
  }
  return ok({ manifest: manifest.data, entries: entries.value, seal: trail.seal, originals });
}
