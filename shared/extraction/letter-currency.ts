import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { parseArabic } from './digits';
import { attachedScaleAt, enScaleAfter } from './scales';

// The rand is written as one capital glued to its number (`R412 million`, `R18.6 billion`,
// `R3,450`) and as a table's scale (`Rm`, `R'000`, `R million`, read in money-spec.ts). A lone `R` before a small bare
// number is as often a code (`R2`, `Route R1`), so the number must read as money: grouped,
// decimal, or scaled.

const R = 0x52;

/** The rand's `R` glued before the number at `i`, when the number reads as money (`spaceGroups` as parseArabic's: `R4 862 million`). */
export function letterCurrencyBefore(text: string, i: number, spaceGroups = false): { start: number; unit: string } | null {
  if (text.charCodeAt(i - 1) !== R) return null;
  const b = code(text, i - 2);
  if (isLetterCode(b) || isDigitCode(b) || b === 0x2d || b === 0x26 || b === 0x2f) return null;
  const a = parseArabic(text, i, spaceGroups);
  const scaled = attachedScaleAt(text, a.end, true) !== null || enScaleAfter(text, a.end) !== null;
  return a.hasSeparator || a.hasDecimal || scaled ? { start: i - 1, unit: 'ZAR' } : null;
}
