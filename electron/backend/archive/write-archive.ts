import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { StoredEntry } from '../../../shared/ipc/journal-schemas';
import { JOURNAL, MANIFEST, ORIGINALS_DIR, TRAIL, type Manifest } from './archive-format';

export interface ArchiveContents {
  manifest: Manifest;
  entries: readonly StoredEntry[];
  /** The sealed trail CSV, in the pieces it was made in. */
  trailCsv: Iterable<string>;
  /** Each original's bytes by SHA-256, read one at a time while the archive is made. */
  original(sha256: string): Promise<Uint8Array>;
}

/**
 * The archive's bytes, a piece at a time (for `writeFileAtomic`): entries and originals go through
 * fflate's streaming Zip one after the other, so memory holds one original at most, never the whole
 * archive. Originals are stored, not deflated: PDFs and DOCX files are compressed already.
 */
export async function* archiveChunks(contents: ArchiveContents): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  function* drain() {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  }
  const addText = (name: string, pieces: Iterable<string>) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    for (const piece of pieces) file.push(strToU8(piece));
    file.push(new Uint8Array(0), true);
  };

  addText(MANIFEST, [JSON.stringify(contents.manifest, null, 2)]);
  yield* drain();
  addText(JOURNAL, (function* () {
    for (const entry of contents.entries) yield `${JSON.stringify(entry)}\n`;
  })());
  yield* drain();
  addText(TRAIL, contents.trailCsv);
  yield* drain();
  for (const sha256 of contents.manifest.originals) {
    const file = new ZipPassThrough(ORIGINALS_DIR + sha256);
    zip.add(file);
    file.push(await contents.original(sha256), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}
