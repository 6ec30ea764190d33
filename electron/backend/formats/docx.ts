import mammoth from 'mammoth';
import { visibleText } from './html';
import { flowingText } from './text';
import type { FormatReader } from './types';
import { ReportReadError } from './types';

/**
 * `.docx`, through mammoth: the document as HTML, then that HTML's visible text (paragraphs set off
 * by blank lines, each table row on a line with its cells separated by tabs). One flowing page.
 */
export const readDocx: FormatReader = async (bytes, options) => {
  checkCancelled(options.signal);
  if (!isZip(bytes)) throw new ReportReadError('corrupt', 'it is not a Word document (.docx files are ZIP archives)');
  options.onProgress?.(0, 1);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    throw new ReportReadError('corrupt', `it is not a valid Word document (${error instanceof Error ? error.message : String(error)})`);
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
  if (signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled');
}
