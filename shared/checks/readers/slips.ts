// A one-keystroke slip in writing a number: two adjacent digits swapped (`4,906` for `4,960`, `89%`
// for `98%`, and a share's two either side of the point, `67.9%` for `69.7%`) or, in a long number, one
// digit mistyped (`7,065,110` for `7,065,101` is a swap; `1,321,483` for `1,721,483` a mistype).
// Auditors look for exactly these (a difference divisible by nine is a transposition). A relation a
// rule is not sure of — a table's first row over the rows under it, the only pair in a share's
// sentence — is reported when it holds, and when it misses by what undoing one such slip in one of
// its figures explains: parts that were never the total's miss by arbitrary amounts, so a miss of
// that exact shape says the figures belong together and one was mistyped.

import type { ExtractedFigure } from '../../domain/figure';
import type { DocFigure } from '../types';

/** A mistyped digit is only looked for in numbers this long: in a short one, any miss is one digit. */
const MISTYPE_DIGITS = 4;

const NUMBER = /\d[\d,，]*(?:\.\d+)?/;

/** Which slips to undo: both kinds, or swaps only (where a rule tries many candidates, a mistype explains too much). */
export type Slips = 'swaps-and-mistypes' | 'swaps';

/** The values the figure would have with one slip of its digits undone. */
export function slipVariants(figure: ExtractedFigure, slips: Slips = 'swaps-and-mistypes'): ExtractedFigure[] {
  const text = figure.text.replace(/\s+(?=\d)/g, '');
  const match = NUMBER.exec(text);
  if (!match) return [];
  const digits = match[0].replace(/[,，]/g, '');
  const written = Number(digits);
  if (!(written > 0)) return [];
  const scale = figure.value / written;
  // `1,200` has two significant digits (its zeros are rounding), `0.35` two, `12.50` four
  const bare = digits.replace('.', '').replace(/^0+/, '');
  const significant = digits.includes('.') ? bare.length : bare.replace(/0+$/, '').length;
  const out: ExtractedFigure[] = [];
  const add = (variant: string) => {
    if (variant === digits || /^0\d/.test(variant)) return;
    const value = Number(variant) * scale;
    if (!(value > 0)) return;
    out.push({ ...figure, text: text.slice(0, match.index) + variant + text.slice(match.index + match[0].length), value });
  };
  for (let i = 0; i + 1 < digits.length; i++) {
    const a = digits[i]!;
    const b = digits[i + 1]!;
    if (a !== b && a !== '.' && b !== '.') add(digits.slice(0, i) + b + a + digits.slice(i + 2));
    // a share's digits either side of the point, in three significant digits or more (`67.9%` for `69.7%`; `9.2` is no slip of `2.9`)
    const c = digits[i + 2];
    if (b === '.' && c !== undefined && a !== c && significant >= 3 && figure.unit === '%') add(digits.slice(0, i) + c + '.' + a + digits.slice(i + 3));
  }
  if (slips === 'swaps-and-mistypes' && significant >= MISTYPE_DIGITS) {
    for (let i = 0; i < digits.length; i++) {
      if (digits[i] === '.') continue;
      for (let d = 0; d <= 9; d++) add(digits.slice(0, i) + String(d) + digits.slice(i + 1));
    }
  }
  return out;
}

/**
 * The figure and the value it was presumably meant to have, when undoing one slip in one of `figures`
 * makes `holds` true of them; undefined when no single slip does.
 */
export function slipExplaining(figures: readonly DocFigure[], holds: (figures: DocFigure[]) => boolean, slips?: Slips): { slipped: DocFigure; meant: ExtractedFigure } | undefined {
  for (let i = 0; i < figures.length; i++) {
    for (const meant of slipVariants(figures[i]!.figure, slips)) {
      const tried = figures.map((f, k) => (k === i ? { ...f, figure: meant } : f));
      if (holds(tried)) return { slipped: figures[i]!, meant };
    }
  }
  return undefined;
}
