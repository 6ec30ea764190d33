/**
 * What the auditor should know about a document that did not stop its import (a scanned page, OCR's
 * confidence, an empty file), as a code and its numbers the UI says in its own language
 * (renderer/src/i18n/warning-text.ts), with the English the CLI prints beside it. Documents imported
 * before warnings had codes keep theirs as plain English strings, which still read.
 */

export const WARNING_CODES = ['pageOcr', 'imageOcr', 'pageOcrEmpty', 'imageOcrEmpty', 'pageNoText', 'fileNoText', 'fileNoCells'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** `page`: the page's number; `percent`: OCR's mean confidence, in whole percent. */
export interface WarningParams {
  page?: number;
  percent?: number;
}

export interface CodedWarning {
  code: WarningCode;
  params: WarningParams;
  /** The warning in English, as said when it was made. */
  text: string;
}

export type DocumentWarning = string | CodedWarning;

function english(code: WarningCode, { page, percent }: WarningParams): string {
  switch (code) {
    case 'pageOcr':
      return `Page ${page} has no text layer: its text was read by OCR (mean confidence ${percent}%); check its figures against the page image.`;
    case 'imageOcr':
      return `The image has no text layer: its text was read by OCR (mean confidence ${percent}%); check its figures against the image.`;
    case 'pageOcrEmpty':
      return `Page ${page} has no text layer, and OCR found no text on it.`;
    case 'imageOcrEmpty':
      return 'The image has no text layer, and OCR found no text on it.';
    case 'pageNoText':
      return `Page ${page} has no text layer (it is a scanned image): the figures on it cannot be extracted.`;
    case 'fileNoText':
      return 'The file contains no text.';
    case 'fileNoCells':
      return 'The file contains no cells.';
  }
}

export const documentWarning = (code: WarningCode, params: WarningParams = {}): CodedWarning => ({ code, params, text: english(code, params) });

/** A warning in English, old or new. */
export const warningEnglish = (warning: DocumentWarning): string => (typeof warning === 'string' ? warning : warning.text);
