import { lineAt, lineStarts } from '../../../shared/text/lines';
import type { ReportDocument } from '../db/records';

// A document's text never changes after import, so its line index is computed once.
const cache = new Map<string, Uint32Array>();

/** The 1-based line of `offset` in the document's text. */
export function lineNumberOf(document: Pick<ReportDocument, 'id' | 'text'>, offset: number): number {
  let starts = cache.get(document.id);
  if (!starts) cache.set(document.id, (starts = lineStarts(document.text)));
  return lineAt(starts, offset);
}

/** The page `offset` stands on, for paged formats (PDF); undefined for a flowing text. */
export function pageNumberOf(document: Pick<ReportDocument, 'format' | 'pages'>, offset: number): number | undefined {
  if (document.format !== 'pdf') return undefined;
  return document.pages.find((page) => page.start <= offset && offset < page.end)?.number;
}
