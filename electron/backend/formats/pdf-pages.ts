// A PDF's pages laid out and written as they arrive from pdf.js, while its parser thread works on
// the next ones, instead of all at once after the last page (about a second of a 120-page report's
// import spent alone at its end). Running headers need every page (a line is one when it repeats on
// another page), so each page is laid out against what the pages so far tell, and the few whose
// answer changed once all are known (a running line's first page, say) are laid out again at the end.
import { documentWarning, type DocumentWarning } from '../../../shared/domain/document-warning';
import type { PageRange } from '../../../shared/domain/report';
import { replaceControlCharacters } from '../../../shared/text/control-characters';
import { ocrConfidence, ocrWarning } from '../ocr/ocr-marks';
import type { ScannedPageText } from '../ocr/scanned-page';
import { layoutPage } from './pdf-layout';
import type { Fragment, TextRun } from './pdf-geometry';
import { GlyphIndex } from './pdf-locate';
import { RunningLines } from './pdf-running';
import { PdfTextWriter } from './pdf-text';
import type { ReportText } from './types';

export type PageFragment = Fragment & { text: string };

export interface PageText {
  runs: TextRun[];
  fragments: PageFragment[];
  height: number;
  /** For a page with no text layer: its text as read by OCR from its image. */
  ocr?: ScannedPageText;
}

/** One page's text as written, with its own glyph index, and the running lines it was written without. */
interface WrittenPage {
  text: string;
  glyphs: GlyphIndex;
  without: ReadonlySet<PageFragment>;
}

/** The break written between two pages. */
const PAGE_BREAK = '\n\n';

/** A report's pages, each laid out as it is added (in any order); `finish` gives the report's text. */
export class ReportPages {
  private readonly pages: PageText[] = [];
  private readonly written: WrittenPage[] = [];
  private readonly running = new RunningLines<PageFragment>();

  add(index: number, page: PageText): void {
    this.pages[index] = page;
    this.written[index] = writePage(index + 1, page, this.running.add(index, page));
  }

  /** The text of pages 1 to `count` (all added), every page without the running lines all pages show. */
  finish(count: number): ReportText {
    const glyphs = new GlyphIndex();
    const parts: string[] = [];
    const ranges: PageRange[] = [];
    const warnings: DocumentWarning[] = [];
    let offset = 0;
    for (let index = 0; index < count; index++) {
      const page = this.pages[index]!;
      const number = index + 1;
      const without = this.running.dropped(index);
      let written = this.written[index]!;
      if (!sameSet(without, written.without)) written = writePage(number, page, without);
      if (index > 0) {
        parts.push(PAGE_BREAK);
        for (let at = 0; at < PAGE_BREAK.length; at++) glyphs.addChar(-1, 0, 0);
        offset += PAGE_BREAK.length;
      }
      const start = offset;
      parts.push(written.text);
      glyphs.append(written.glyphs);
      offset += written.text.length;
      const hasText = page.fragments.length > 0;
      if (page.ocr !== undefined) warnings.push(ocrWarning(number, page.ocr));
      else if (!hasText) warnings.push(documentWarning('pageNoText', { page: number }));
      ranges.push({ start, end: offset, number, hasText, ...(page.ocr?.confidence === undefined ? {} : { ocr: { confidence: page.ocr.confidence } }) });
    }
    const pages = this.pages.slice(0, count);
    return {
      // one character for one: the glyph index's offsets still hold
      text: replaceControlCharacters(parts.join('')),
      pages: ranges,
      warnings,
      locate: (start, end) => glyphs.locate(start, end),
      ...(pages.some((page) => page.ocr !== undefined) ? { confidence: (start: number, end: number) => ocrConfidence(pages, glyphs.locate(start, end)) } : {}),
    };
  }
}

function writePage(number: number, page: PageText, without: ReadonlySet<PageFragment>): WrittenPage {
  const glyphs = new GlyphIndex();
  const writer = new PdfTextWriter(glyphs);
  writer.writePage(number, page.runs, layoutPage(page.fragments.filter((fragment) => !without.has(fragment))));
  return { text: writer.toString(), glyphs, without };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
