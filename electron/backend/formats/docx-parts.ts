import type { Readable } from 'node:stream';
import yauzl, { type Entry } from 'yauzl';
import { reason } from '../../../shared/ipc/reasons';
import { ReportReadError } from './types';

// A .docx is a ZIP archive, and a ZIP's directory says how large each file will be before any is
// unpacked: a few hundred kilobytes can unpack to gigabytes. So the directory is read first and
// checked against limits; only then are the XML parts unpacked, each stream ended as soon as it
// gives more than its directory said (a directory can lie). Pictures and other binaries are never
// unpacked: the text is all Tickmark reads.

export interface DocxLimits {
  /** What the archive is, in messages: `Word document` (a workbook's reader reuses these checks). */
  document: string;
  /** Which reasons say it (`read.docx.*`, `read.xlsx.*`). */
  kind: 'docx' | 'xlsx';
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
  kind: 'docx',
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
      throw damaged(limits, error);
    });
  try {
    if (zip.entryCount > limits.entries) {
      throw new ReportReadError(
        'too-large',
        `it holds ${zip.entryCount.toLocaleString('en-US')} files, more than the ${limits.entries.toLocaleString('en-US')} Tickmark reads in a ${limits.document}`,
        reason(`read.${limits.kind}.tooManyFiles`, { params: { count: zip.entryCount, max: limits.entries } }),
      );
    }
    const parts = await xmlEntries(zip, limits);
    checkSizes(parts, limits);
    const unpacked = new Map<string, Uint8Array>();
    for (const entry of parts) unpacked.set(entry.fileName, await unpackEntry(zip, entry, limits));
    return unpacked;
  } finally {
    zip.close();
  }
}

async function xmlEntries(zip: yauzl.ZipFile, limits: DocxLimits): Promise<Entry[]> {
  const parts: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) if (isXmlPart(entry.fileName)) parts.push(entry);
  } catch (error) {
    throw damaged(limits, error);
  }
  return parts;
}

/** Every limit, from the directory's own figures, before anything is unpacked. */
function checkSizes(parts: readonly Entry[], limits: DocxLimits): void {
  let total = 0;
  for (const { fileName, uncompressedSize, compressedSize } of parts) {
    if (uncompressedSize > limits.partBytes) {
      const [unpacked, max] = [size(uncompressedSize), size(limits.partBytes)];
      throw new ReportReadError(
        'too-large',
        `its ${fileName} would unpack to ${unpacked}, more than the ${max} Tickmark reads`,
        reason('read.partTooLarge', { params: { part: fileName, size: unpacked, max } }),
      );
    }
    const ratio = uncompressedSize / Math.max(compressedSize, 1);
    if (uncompressedSize > limits.ratioGraceBytes && ratio > limits.ratio) {
      const params = { part: fileName, ratio: Math.round(ratio), packed: size(compressedSize), size: size(uncompressedSize), max: limits.ratio };
      throw new ReportReadError(
        'too-large',
        `its ${fileName} would unpack to ${params.ratio} times its packed size (${params.packed} to ${params.size}), more than the ${limits.ratio} times a ${limits.document} does: it looks like a decompression bomb`,
        reason(`read.${limits.kind}.bomb`, { params }),
      );
    }
    total += uncompressedSize;
  }
  if (total > limits.totalBytes) {
    const [unpacked, max] = [size(total), size(limits.totalBytes)];
    throw new ReportReadError(
      'too-large',
      `its text parts would unpack to ${unpacked}, more than the ${max} Tickmark reads`,
      reason('read.partsTooLarge', { params: { size: unpacked, max } }),
    );
  }
}

/** One part, from a stream that yauzl ends with an error as soon as it gives more bytes than the directory said. */
async function unpackEntry(zip: yauzl.ZipFile, entry: Entry, limits: DocxLimits): Promise<Uint8Array> {
  try {
    const stream: Readable = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    throw damaged(limits, error, entry.fileName);
  }
}

function damaged({ document, kind }: DocxLimits, error: unknown, part?: string): ReportReadError {
  const detail = error instanceof Error ? error.message : String(error);
  const english = `it is not a valid ${document} (${part === undefined ? 'its ZIP archive' : `its ${part}`} is damaged: ${detail})`;
  return new ReportReadError(
    'corrupt',
    english,
    part === undefined ? reason(`read.${kind}.zipDamaged`, { detail }) : reason(`read.${kind}.partDamaged`, { params: { part }, detail }),
  );
}

/** `1.0 GB`, `16 MB`, `600 KB`. */
function size(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
