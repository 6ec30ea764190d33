import type { ExtractedFigure } from '../domain/figure';

// A bare `$` is read as the US dollar. A Canadian, Australian or New Zealand report writes its own dollar so in running
// text (`our net revenue rose 6.8% to $36.0 million`) beside tables in its code (`CAD thousand`): in a report that names
// one such dollar and never the US dollar, a bare `$` is that dollar.

const DOLLARS: ReadonlyArray<readonly [string, RegExp]> = [
  ['CAD', /\bCAD\b|\bC\$|\bCanadian dollars?\b/],
  ['AUD', /\bAUD\b|\bA\$|\bAustralian dollars?\b/],
  ['NZD', /\bNZD\b|\bNZ\$|\bNew Zealand dollars?\b/],
];
const US_DOLLAR = /\bUSD\b|\bU\.?S\.?\s?\$|\bU\.?S\.? dollars?\b/;

/** The figures read as US dollars from a bare `$`, read as the report's one other dollar when it never names the US dollar. */
export function withDollarOfReport(text: string, figures: ExtractedFigure[]): ExtractedFigure[] {
  if (!figures.some(bareDollar)) return figures;
  const named = DOLLARS.filter(([, re]) => re.test(text));
  if (named.length !== 1 || US_DOLLAR.test(text)) return figures;
  const unit = named[0]![0];
  return figures.map((f) => (bareDollar(f) ? { ...f, unit } : f));
}

/** A US dollar whose own text names no US dollar (`$36.0 million`, a cell under a caption's `$`). */
const bareDollar = (f: ExtractedFigure): boolean => f.unit === 'USD' && !/\bUS\b|\bUS\$|\bUSD\b|U\.S\./.test(f.text);
