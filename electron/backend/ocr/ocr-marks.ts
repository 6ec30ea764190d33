import { documentWarning, type CodedWarning } from '../../../shared/domain/document-warning';
import type { PageBox } from '../../../shared/domain/figure';
import type { TextRun } from '../formats/pdf-geometry';

/**
 * What tells the auditor that text was read by OCR: a warning per scanned page, and the confidence
 * of the words under a figure, so a figure read from a scan is marked with how sure the reading is.
 */

/** A page's OCR result as the PDF reader keeps it: its runs and each run's confidence. */
interface OcrPage {
  runs: readonly TextRun[];
  ocr?: { confidences: readonly number[]; confidence: number | undefined };
}

/** The warning for page `page` of a PDF, or for an image (no page). */
export function ocrWarning(page: number | undefined, ocr: { confidence: number | undefined }): CodedWarning {
  if (ocr.confidence === undefined) return page === undefined ? documentWarning('imageOcrEmpty') : documentWarning('pageOcrEmpty', { page });
  const percent = Math.round(ocr.confidence * 100);
  return page === undefined ? documentWarning('imageOcr', { percent }) : documentWarning('pageOcr', { page, percent });
}

/**
 * The confidence of the OCR words under `located` (a span's page and boxes): the least confident
 * word's, since one misread digit is enough to make a figure wrong. Undefined off OCR pages.
 */
export function ocrConfidence(pages: readonly OcrPage[], located: { page: number; boxes: readonly PageBox[] } | undefined): number | undefined {
  const page = located === undefined ? undefined : pages[located.page - 1];
  if (located === undefined || page?.ocr === undefined) return undefined;
  let least: number | undefined;
  page.runs.forEach((run, index) => {
    if (run.text.trim() === '') return;
    const covered = located.boxes.some((box) => run.x0 < box.x + box.width && box.x < run.x1 && run.top < box.y + box.height && box.y < run.bottom);
    const confidence = page.ocr!.confidences[index];
    if (covered && confidence !== undefined) least = Math.min(least ?? 1, confidence);
  });
  return least;
}
