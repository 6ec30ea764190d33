/**
 * Fewer, longer text-layer spans. PDFs from Chromium/Skia (and many CJK layouts) position every
 * glyph or word on its own, so pdf.js reports ~1,300 text items for one Chinese page and its
 * TextLayer measures and places a span for each. Items that continue one another on a line
 * (same font style and size, same baseline, abutting) are joined first; selecting and copying give
 * the same text. Skia spreads one line's glyphs over many Type 3 fonts, so fonts count as the same
 * when the text layer would style them the same (`styles`, pdf.js's TextContent.styles).
 */

/** The fields of pdf.js's `TextItem` the merge reads. */
export interface TextRunItem {
  str: string;
  dir: string;
  /** [a, b, c, d, e, f]: scale/rotation, then the origin of the item's baseline in PDF space. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** The fields of pdf.js's `TextStyle` the text layer styles a span with. */
export interface TextRunStyle {
  fontFamily: string;
  ascent: number;
  descent: number;
  vertical?: boolean;
}

/** Join runs separated by at most `gapEm` of the font size (a space glyph is ~0.25–0.33 em). */
export function mergeTextRuns<T extends TextRunItem>(items: readonly T[], styles: Record<string, TextRunStyle> = {}, gapEm = 0.15): T[] {
  const merged: T[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    if (last && continues(last, item, styles, gapEm)) {
      const start = last.transform[4]!;
      merged[merged.length - 1] = {
        ...last,
        str: last.str + item.str,
        width: item.transform[4]! + item.width - start,
        height: Math.max(last.height, item.height),
        hasEOL: item.hasEOL,
      };
    } else {
      merged.push(item);
    }
  }
  return merged;
}

function continues(previous: TextRunItem, next: TextRunItem, styles: Record<string, TextRunStyle>, gapEm: number): boolean {
  if (previous.hasEOL || previous.str === '' || next.str === '') return false;
  if (!sameStyle(previous.fontName, next.fontName, styles) || previous.dir !== 'ltr' || next.dir !== 'ltr') return false;
  const [a, b, c, d, e, f] = previous.transform as [number, number, number, number, number, number];
  const [na, nb, nc, nd, ne, nf] = next.transform as [number, number, number, number, number, number];
  // Upright text only: a rotated or skewed run keeps its own span.
  if (b !== 0 || c !== 0 || nb !== 0 || nc !== 0 || a !== na || d !== nd) return false;
  const size = Math.abs(d);
  if (Math.abs(f - nf) > 0.01 * size) return false;
  if (isWideSpace(previous, size) || isWideSpace(next, size)) return false;
  const gap = ne - (e + previous.width);
  return Math.abs(gap) <= gapEm * size;
}

/** pdf.js bridges a gap (between table cells, say) with one space item as wide as the gap. */
function isWideSpace(item: TextRunItem, size: number): boolean {
  return item.str.trim() === '' && item.width > 0.6 * size * item.str.length;
}

function sameStyle(a: string, b: string, styles: Record<string, TextRunStyle>): boolean {
  if (a === b) return true;
  const x = styles[a];
  const y = styles[b];
  if (!x || !y) return false;
  // Object.is: Type 3 fonts report NaN metrics, and NaN should match NaN here.
  return x.fontFamily === y.fontFamily && Object.is(x.ascent, y.ascent) && Object.is(x.descent, y.descent) && !x.vertical && !y.vertical;
}
