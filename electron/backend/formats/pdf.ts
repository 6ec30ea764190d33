import { pdfjs, pdfjsResources, withPdfParser, type PdfWorker } from './pdf-engine';
import { buildFragments } from './pdf-fragments';
import type { Fragment, TextRun } from './pdf-geometry';
import { ReportPages } from './pdf-pages';
import { textRuns } from './pdf-runs';
import { readPackedText } from './pdf-text-packing';
import { readScannedPage } from '../ocr/scanned-page';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader, ReadOptions, ReportText } from './types';
import { ReportReadError } from './types';

/** Pages asked of pdf.js at once, so that its thread has the next page to parse while this one lays out the last. */
const PAGES_IN_FLIGHT = 4;

/**
 * `.pdf`, through Mozilla pdf.js: each page's text in reading order (columns one after the other,
 * running headers, footers and page numbers left out), with every character's place on its page.
 */
export const readPdf: FormatReader = async (bytes, options) => {
  checkCancelled(options.signal);
  checkPdfHeader(bytes);
  return withPdfParser((worker) => readWith(worker, bytes, options));
};

async function readWith(worker: PdfWorker, bytes: Uint8Array, options: ReadOptions): Promise<ReportText> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    worker,
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller still needs its bytes.
    data: bytes.slice(),
    ...(options.password === undefined ? {} : { password: options.password }),
    ...pdfjsResources(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const cancel = (): void => void task.destroy();
  options.signal?.addEventListener('abort', cancel);
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(error, bytes, options);
    });
    return (await readPages(document, options)).finish(document.numPages);
  } catch (error) {
    checkCancelled(options.signal);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof pdfjs>>['getDocument']>['promise']>;

/** Every page's text, each laid out as it arrives (pdf-pages.ts). */
async function readPages(document: PdfDocument, options: ReadOptions): Promise<ReportPages> {
  const count = document.numPages;
  const pages = new ReportPages();
  let next = 0;
  let done = 0;
  const readNext = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      checkCancelled(options.signal);
      const page = await document.getPage(index + 1);
      const viewport = page.getViewport({ scale: 1 });
      const text = textRuns(await readPackedText(page), viewport.transform);
      const ocr = text.length === 0 ? await readScannedPage(page, viewport, { number: index + 1, count }, options) : undefined;
      const runs = ocr?.runs ?? text;
      const fragments = buildFragments(runs).map((fragment) => ({ ...fragment, text: fragmentText(runs, fragment) }));
      pages.add(index, { runs, fragments, height: viewport.height, ...(ocr === undefined ? {} : { ocr }) });
      page.cleanup();
      checkCancelled(options.signal);
      options.onProgress?.(++done, count);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, count) }, readNext));
  return pages;
}

function fragmentText(runs: readonly TextRun[], fragment: Fragment): string {
  return fragment.runs
    .map((index) => runs[index]!.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function checkCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
}

/** A PDF starts with `%PDF-` (within its first kilobyte, readers allow some junk before it). */
function checkPdfHeader(bytes: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new ReportReadError('corrupt', 'it is not a PDF (it does not start with the "%PDF-" signature)', reason('read.pdf.noSignature'));
  }
}

function openError(error: unknown, bytes: Uint8Array, options: ReadOptions): ReportReadError {
  checkCancelled(options.signal);
  const { name, code, message } = (error ?? {}) as { name?: string; code?: number; message?: string };
  if (name === 'PasswordException') {
    // pdf.js: 1 = a password is needed, 2 = the password given is wrong.
    return code === 2 || options.password !== undefined
      ? new ReportReadError('password-wrong', 'the password is wrong', reason('read.pdf.passwordWrong'))
      : new ReportReadError('password-required', 'it is protected by a password', reason('read.pdf.passwordRequired'));
  }
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF')) {
    return new ReportReadError('corrupt', 'it is not a valid PDF (the file is incomplete: it was probably cut off)', reason('read.pdf.cutOff'));
  }
  const detail = message ?? String(error);
  return new ReportReadError('corrupt', `it is not a valid PDF (${detail})`, reason('read.pdf.invalid', { detail }));
}
