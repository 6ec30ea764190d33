import type { Readable } from 'node:stream';
import yauzl, { type Entry } from 'yauzl';
import { ReportReadError } from './types';

// A .docx is a ZIP archive, and a ZIP's directory says how large each file will be before any is
// unpacked: a few hundred kilobytes can unpack to gigabytes. So the directory is read first and
// checked against limits; only then are the XML parts unpacked, each stream ended as soon as it
// gives more than its directory said (a directory can lie). Pictures and other binaries are never
// unpacked: the text is all Tickmark reads.

export interface DocxLimits {
  /** What the archive is, in messages: `Word document` (a workbook's reader reuses these checks). */
  document: string;
  /** Files in the archive. */
  entries: number;
  /** Unpacked size of one XML part. */
  partBytes: number;
  /** Unpacked size of all the XML parts together. */
  totalBytes: number;
  /** How many times larger than packed an XML part may unpack, once past `ratioGraceBytes`. */
  ratio: number;
  ratioGraceBytes: number;
}

const MB = 1024 * 1024;

/**
 * mammoth is what bounds a Word document: on a loaded two-core laptop 16 MB of document.xml in
 * ordinary paragraphs takes it 17 s and 800 MB (RSS) within an import's 768 MB heap, and the same
 * size in the smallest paragraphs needs several times that. Word's XML packs 5 to 20 times smaller;
 * 100 to 1 is the ratio Apache POI has refused since 2014 (ZipSecureFile).
 */
export const DOCX_LIMITS: DocxLimits = {
  document: 'Word document',
  entries: 5_000,
  partBytes: 16 * MB,
  totalBytes: 20 * MB,
  ratio: 100,
  ratioGraceBytes: 1 * MB,
};

/** The parts mammoth reads: the package's XML (document, styles, numbering, notes, relationships). */
const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/** The XML parts of a .docx by name, unpacked within `limits`; throws ReportReadError naming the part and the limit. */
export async function unpackDocxXml(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<Map<string, Uint8Array>> {
  const zip = await yauzl
    .fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true, autoClose: false })
    .catch((error: unknown) => {
      throw damaged(limits.document, error);
    });
  try {
    if (zip.entryCount > limits.entries) {
      throw new ReportReadError('too-large', `it holds ${zip.entryCount.toLocaleString('en-US')} files, more than the ${limits.entries.toLocaleString('en-US')} Tickmark reads in a ${limits.document}`);
    }
    const parts = await xmlEntries(zip, limits.document);
    checkSizes(parts, limits);
    const unpacked = new Map<string, Uint8Array>();
    for (const entry of parts) unpacked.set(entry.fileName, await unpackEntry(zip, entry, limits.document));
    return unpacked;
  } finally {
    zip.close();
  }
}

async function xmlEntries(zip: yauzl.ZipFile, document: string): Promise<Entry[]> {
  const parts: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) if (isXmlPart(entry.fileName)) parts.push(entry);
  } catch (error) {
    throw damaged(document, error);
  }
  return parts;
}

/** Every limit, from the directory's own figures, before anything is unpacked. */
function checkSizes(parts: readonly Entry[], limits: DocxLimits): void {
  let total = 0;
  for (const { fileName, uncompressedSize, compressedSize } of parts) {
    if (uncompressedSize > limits.partBytes) {
      throw new ReportReadError('too-large', `its ${fileName} would unpack to ${size(uncompressedSize)}, more than the ${size(limits.partBytes)} Tickmark reads`);
    }
    const ratio = uncompressedSize / Math.max(compressedSize, 1);
    if (uncompressedSize > limits.ratioGraceBytes && ratio > limits.ratio) {
      throw new ReportReadError(
        'too-large',
        `its ${fileName} would unpack to ${Math.round(ratio)} times its packed size (${size(compressedSize)} to ${size(uncompressedSize)}), more than the ${limits.ratio} times a ${limits.document} does: it looks like a decompression bomb`,
      );
    }
    total += uncompressedSize;
  }
  if (total > limits.totalBytes) {
    throw new ReportReadError('too-large', `its text parts would unpack to ${size(total)}, more than the ${size(limits.totalBytes)} Tickmark reads`);
  }
}

/** One part, from a stream that yauzl ends with an error as soon as it gives more bytes than the directory said. */
async function unpackEntry(zip: yauzl.ZipFile, entry: Entry, document: string): Promise<Uint8Array> {
  try {
    const stream: Readable = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    throw damaged(document, error, entry.fileName);
  }
}

function damaged(document: string, error: unknown, part?: string): ReportReadError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ReportReadError('corrupt', `it is not a valid ${document} (${part === undefined ? 'its ZIP archive' : `its ${part}`} is damaged: ${detail})`);
}

/** `1.0 GB`, `16 MB`, `600 KB`. */
function size(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
