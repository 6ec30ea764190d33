import { codeAt as code, isDigitCode, isLetterCode } from './normalize';
import { parseArabic } from './digits';
import { attachedScaleAt, enScaleAfter } from './scales';

// Currencies written as letters the ISO table does not hold, glued to their number or one space
// before it: the rand's `R` (`R412 million`, `R3,450`), the Philippine peso's `P` and `Php`
// (`P31.2 billion`), the Mexican peso's `Ps` (`Ps.27.9 billion`, `Ps 4,500`), the naira's `N`
// (`N1,086.5bn`), the ringgit's `RM` (`RM3.86 billion`), the rupee's `Rs` without its full stop
// (`Rs 8,000–10,000 crore`, `Rs3,410 crore`; `Rs.` is in the ISO table's); and the peso's and the naira's signs
// (`₱`, `₦`). A letter before a small bare number is as often a code (`R2`, `P60`, `N95`), so the
// number must read as money: grouped, decimal, or scaled (or, after more than one letter, of two
// digits or more). A table's scale (`Rm`, `R'000`, `N'million`)
// is read in money-spec.ts.

/** The letters (as written) and signs, and their ISO codes; a single letter only glued to its number. */
const LETTER_CURRENCIES: Readonly<Record<string, string>> = {
  R: 'ZAR', P: 'PHP', Php: 'PHP', PHP: 'PHP', Ps: 'MXN', 'Ps.': 'MXN', N: 'NGN', RM: 'MYR', Rs: 'INR', '₱': 'PHP', '₦': 'NGN',
};
/** The ISO codes of the letters and signs. */
export const LETTER_CURRENCY_CODES: ReadonlySet<string> = new Set(Object.values(LETTER_CURRENCIES));
const SIGNS = new Set([0x20b1, 0x20a6]);
/** The longest letters of a currency here, with its full stop. */
const MAX_LETTERS = 3;

/** The letter currency ending at `end` (its letters, or a sign), when a word does not run on before it. */
export function letterCurrencyEndingAt(text: string, end: number): { start: number; unit: string } | null {
  if (SIGNS.has(text.charCodeAt(end - 1))) return { start: end - 1, unit: LETTER_CURRENCIES[text[end - 1]!]! };
  let s = end;
  if (code(text, s - 1) === 0x2e) s--;
  while (s > 0 && end - s < MAX_LETTERS && isLetterCode(code(text, s - 1))) s--;
  const unit = LETTER_CURRENCIES[text.slice(s, end)];
  if (!unit || s === end) return null;
  const b = code(text, s - 1);
  if (isLetterCode(b) || isDigitCode(b) || b === 0x2d || b === 0x26 || b === 0x2f || b === 0x2e) return null;
  return { start: s, unit };
}

/** The letter currency (or sign) glued or one space before the number at `i`, when the number reads as money (`spaceGroups` as parseArabic's: `R4 862 million`). */
export function letterCurrencyBefore(text: string, i: number, spaceGroups = false): { start: number; unit: string } | null {
  const spaced = code(text, i - 1) === 0x20;
  const cur = letterCurrencyEndingAt(text, spaced ? i - 1 : i);
  // a single letter spaced from a number is a list's or a grid's (`Zone P 2,400`)
  if (!cur || (spaced && cur.start === i - 2 && !SIGNS.has(text.charCodeAt(cur.start)))) return null;
  if (SIGNS.has(text.charCodeAt(cur.start))) return cur;
  const a = parseArabic(text, i, spaceGroups);
  const scaled = attachedScaleAt(text, a.end, true) !== null || enScaleAfter(text, a.end) !== null;
  // letters that name nothing else (`RM500 to RM2,000`, `Ps 800`) take any number of two digits or more
  const word = i - cur.start - (spaced ? 1 : 0) > 1 && a.intDigits > 1;
  return a.hasSeparator || a.hasDecimal || scaled || word ? cur : null;
}

/** The letter currency starting at `i` in a table's statement of its money (`N'million`, `Php million`), its end. */
export function letterCurrencyAt(s: string, i: number): { value: string; end: number } | null {
  if (SIGNS.has(s.charCodeAt(i))) return { value: LETTER_CURRENCIES[s[i]!]!, end: i + 1 };
  let e = i;
  while (e < s.length && e - i < MAX_LETTERS && isLetterCode(code(s, e))) e++;
  if (code(s, e) === 0x2e && LETTER_CURRENCIES[s.slice(i, e + 1)]) e++;
  const value = LETTER_CURRENCIES[s.slice(i, e)];
  return value && !isLetterCode(code(s, e)) ? { value, end: e } : null;
}
