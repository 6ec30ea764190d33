import type { ExtractedFigure } from '../domain/figure';

// Placeholder grammar: replaced by the full extractor (issue 3). Keeps the public signature.
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?%?/g;

/** Every claimed figure in `text`, in order, with spans into `text` itself. */
export function extractFigures(text: string): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const raw = match[0];
    const value = Number(raw.replace(/[,%]/g, ''));
    if (!Number.isFinite(value)) continue;
    figures.push({
      start,
      end: start + raw.length,
      text: raw,
      value,
      unit: raw.endsWith('%') ? '%' : '',
      qualifier: 'exact',
      sentence: { start, end: start + raw.length },
    });
  }
  return figures;
}
