import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { unpackDocxXml } from './docx-parts';
import { visibleText } from './html';
import { flowingText } from './text';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

/** Pictures become nothing: they hold no text, and reading one would unpack it. */
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * `.docx`, through mammoth: the document as HTML, then that HTML's visible text (paragraphs set off
 * by blank lines, each table row on a line with its cells separated by tabs). One flowing page.
 * mammoth is handed only the XML parts, unpacked within limits (docx-parts.ts) and stored again
 * without compression, so nothing it unpacks can be larger than what was checked.
 */
export const readDocx: FormatReader = async (bytes, options) => {
  checkCancelled(options.signal);
  if (!isZip(bytes)) throw new ReportReadError('corrupt', 'it is not a Word document (.docx files are ZIP archives)', reason('read.docx.notZip'));
  options.onProgress?.(0, 1);
  const parts = await unpackDocxXml(bytes);
  checkCancelled(options.signal);
  const checked = zipSync(Object.fromEntries(parts), { level: 0 });
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      { convertImage: NO_IMAGES, externalFileAccess: false },
    ));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportReadError('corrupt', `it is not a valid Word document (${detail})`, reason('read.docx.invalid', { detail }));
  }
  checkCancelled(options.signal);
  const text = visibleText(html);
  options.onProgress?.(1, 1);
  return flowingText(text);
};

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
}
