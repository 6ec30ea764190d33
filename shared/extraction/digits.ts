import { NORM, isDigitCode, isLetterCode, isSpaceCode, isWhiteCode, normSlice } from './normalize';

// Numbers in Arabic digits: grouped (`11,700`, full-width `11，700`, Indian `8,41,250`), decimal,
// letter-spaced as PDFs set them (`9 9 %`, `1 2 3 . 4 5`). The grammar around them (currency,
// scale, range) is arabic.ts's.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

export interface ArabicNumber {
  start: number;
  end: number;
  value: number;
  intDigits: number;
  hasSeparator: boolean;
  hasDecimal: boolean;
  /** `003`: table-of-contents style. */
  leadingZero: boolean;
  /** Digits were letter-spaced (`9 9 %`). */
  spaced: boolean;
}

/** Arabic number at `i` (a digit): `1,234.5`, `１２３`. Thousands groups need exactly three digits. */
function digitRunEnd(text: string, i: number): number {
  let j = i;
  while (isDigitCode(code(text, j))) j++;
  return j;
}

/** The ASCII digits of a digit run, sliced rather than built a character at a time: a run may be very long. */
function digitsOf(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return /^[0-9]*$/.test(raw) ? raw : normSlice(text, start, end);
}

/**
 * `spaceGroups`: the text parts thousands with spaces (space-thousands.ts), so a first group of one
 * to three digits takes the groups of three after single spaces (`1 246 800`, `4 365.2`).
 */
export function parseArabic(text: string, i: number, spaceGroups = false): ArabicNumber {
  let j = digitRunEnd(text, i);
  let digits = digitsOf(text, i, j);
  const intDigitsFirst = digits.length;
  let hasSeparator = false;
  const indian = intDigitsFirst <= 2 ? indianGroupsEnd(text, j) : -1;
  if (indian > 0) {
    digits += normSlice(text, j, indian).replace(/\D/g, '');
    j = indian;
    hasSeparator = true;
  } else if (intDigitsFirst <= 3) {
    // a full-width comma between digit groups is a thousands separator as well (`11，700`), and
    // so is an apostrophe, straight or typographic, in Swiss reports (`7'842`, `51’230`): one kind a number
    const sep = text.charCodeAt(j);
    const grouping = sep === 0x2c || sep === 0xff0c || sep === 0x27 || sep === 0x2019 ? sep : -1;
    while ((code(text, j) === 0x2c || text.charCodeAt(j) === 0xff0c || text.charCodeAt(j) === grouping) && isDigitCode(code(text, j + 1)) && isDigitCode(code(text, j + 2)) && isDigitCode(code(text, j + 3)) && !isDigitCode(code(text, j + 4))) {
      digits += String.fromCharCode(code(text, j + 1), code(text, j + 2), code(text, j + 3));
      j += 4;
      hasSeparator = true;
    }
    // `1 246 800`, in a text that parts thousands with spaces
    if (spaceGroups && !hasSeparator) {
      const groupsFrom = j;
      for (; spaceGroupAt(text, j); j += 4) digits += normSlice(text, j + 1, j + 4);
      hasSeparator = j > groupsFrom;
    }
  }
  const intDigits = digits.length;
  let hasDecimal = false;
  if (code(text, j) === 0x2e && isDigitCode(code(text, j + 1))) {
    const fraction = digitRunEnd(text, j + 1);
    digits += '.' + digitsOf(text, j + 1, fraction);
    j = fraction;
    hasDecimal = true;
  }
  return {
    start: i,
    end: j,
    value: Number(digits),
    intDigits,
    hasSeparator,
    hasDecimal,
    leadingZero: intDigits > 1 && digits.charCodeAt(0) === 0x30,
    spaced: false,
  };
}

/** Whether a single space at `j` parts off a group of exactly three digits (` 246`). */
const spaceGroupAt = (text: string, j: number): boolean =>
  code(text, j) === 0x20 && isDigitCode(code(text, j + 1)) && isDigitCode(code(text, j + 2)) && isDigitCode(code(text, j + 3)) && !isDigitCode(code(text, j + 4));

/**
 * Indian grouping after a first group of one or two digits (`8,41,250`, `1,23,45,678`): groups of
 * two, then a last group of three. Its end, or -1 when the commas at `j` do not group so.
 */
function indianGroupsEnd(text: string, j: number): number {
  let pairs = 0;
  while (code(text, j) === 0x2c && isDigitCode(code(text, j + 1)) && isDigitCode(code(text, j + 2)) && code(text, j + 3) === 0x2c) {
    j += 3;
    pairs++;
  }
  if (pairs === 0 || !(isDigitCode(code(text, j + 1)) && isDigitCode(code(text, j + 2)) && isDigitCode(code(text, j + 3)) && !isDigitCode(code(text, j + 4)))) return -1;
  return j + 4;
}

/**
 * Letter-spaced digits (`9 9 %`, `5 0,0 0 0`, page pairs `0 2 6 0 2 7`): single digits, or
 * `d,d` / `d.d`, separated by one space. Only tried where the text around is letter-spaced or
 * the run starts with 0 (a page number, dropped later), so ordinary `1 2` stays two numbers.
 */
/** ` . 4`, ` , 7`: a decimal point or a thousands comma spaced out between digits; its code, else 0. */
function spacedMarkAt(text: string, j: number): number {
  const m = code(text, j + 1);
  return code(text, j) === 0x20 && (m === 0x2e || m === 0x2c) && code(text, j + 2) === 0x20 && isDigitCode(code(text, j + 3)) && !isDigitCode(code(text, j + 4)) ? m : 0;
}

export function parseSpacedDigits(text: string, i: number): ArabicNumber | null {
  // Decided before the run is read: reading it from every digit of a long `1,1 1,1 …` only to
  // refuse it would make extraction quadratic.
  const pageNumber = code(text, i) === 0x30 && code(text, i + 1) !== 0x2e;
  const aroundSpaced = pageNumber || letterSpacedBefore(text, i) || spacedMarkAt(text, i + 1) !== 0;
  // a designed page's headline figure, letter-spaced in a cell of its own (`    4 1 2      1 8 . 6 %`)
  if (!aroundSpaced && !opensLayoutCell(text, i)) return null;
  let j = i;
  let s = '';
  let tokens = 0;
  let sep = false;
  let dec = false;
  for (;;) {
    const a = code(text, j);
    if (!isDigitCode(a) || isDigitCode(code(text, j + 1))) break;
    const b = code(text, j + 1);
    let tok = String.fromCharCode(a);
    let tokenEnd = j + 1;
    if ((b === 0x2c || b === 0x2e) && isDigitCode(code(text, j + 2)) && !isDigitCode(code(text, j + 3))) {
      tok += (b === 0x2e ? '.' : '') + String.fromCharCode(code(text, j + 2));
      if (b === 0x2c) sep = true;
      else dec = true;
      tokenEnd = j + 3;
    }
    s += tok;
    tokens++;
    j = tokenEnd;
    // `1 2 3 . 4 5`, `6 , 7 8 9`: the point or comma spaced out as the digits are
    const mark = spacedMarkAt(text, j);
    if (mark !== 0 && !(mark === 0x2e && dec)) {
      if (mark === 0x2e) {
        s += '.';
        dec = true;
      } else sep = true;
      j += 3;
      continue;
    }
    if (code(text, j) !== 0x20 || !isDigitCode(code(text, j + 1))) break;
    // the next token must itself be a single digit (or `d,d`): "0 24" ends the run
    const after = code(text, j + 2);
    if (isDigitCode(after)) break;
    j++;
  }
  if (tokens < 2) return null;
  if (!aroundSpaced && !(endsLayoutCell(text, j) && (tokens >= 3 || code(text, j + 1) === 0x25))) return null;
  const leadingZero = pageNumber;
  const intPart = s.split('.')[0]!;
  return {
    start: i,
    end: j,
    value: Number(s),
    intDigits: intPart.length,
    hasSeparator: sep,
    hasDecimal: dec,
    leadingZero,
    spaced: true,
  };
}

/** Whether the text just before `i` is letter-spaced ("i s  9 9 %"): two isolated characters within a few positions. */
function letterSpacedBefore(text: string, i: number): boolean {
  let isolated = 0;
  for (let k = i - 1; k >= Math.max(1, i - 14); k--) {
    const c = code(text, k);
    if (isWhiteCode(c)) continue;
    if (isSpaceCode(code(text, k - 1)) && isSpaceCode(code(text, k + 1))) isolated++;
    if (isolated >= 2) return true;
  }
  return false;
}

/** Whether `i` opens a cell of a page laid out with spaces: its line's first word, or two spaces after the last. */
function opensLayoutCell(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpaceCode(code(text, k))) k--;
  return k < 0 || code(text, k) === 0x0a || i - 1 - k >= 2;
}

/** Whether the cell ends at `j`, after a spaced `%` or `+`, or a letter or two spaced (`m`, `b n`), if any: the line's end, or two spaces. */
function endsLayoutCell(text: string, j: number): boolean {
  if (code(text, j) === 0x20 && (code(text, j + 1) === 0x25 || code(text, j + 1) === 0x2b)) j += 2;
  else for (let k = 0; k < 2 && code(text, j) === 0x20 && isLetterCode(code(text, j + 1)) && !isLetterCode(code(text, j + 2)); k++) j += 2;
  const c = code(text, j);
  return c === -1 || c === 0x0a || c === 0x0d || (isSpaceCode(c) && isSpaceCode(code(text, j + 1))) || (isSpaceCode(c) && isNewline(code(text, j + 1)));
}

const isNewline = (c: number): boolean => c === -1 || c === 0x0a || c === 0x0d;

/** Whether the digits `[start, end)` were read letter-spaced (`2 . 1 4`, `4 1 2`): a space right after the first. */
export const letterSpaced = (text: string, start: number, end: number): boolean => end - start >= 3 && isDigitCode(code(text, start)) && code(text, start + 1) === 0x20;

/**
 * Whether the digits `[start, end)` are a designed page's letter-spaced headline figure: a cell of their own
 * (`    4 1 2          1 8 . 6 %`), three digits or marks at least or a percent after.
 */
export const spacedHeadline = (text: string, start: number, end: number): boolean =>
  letterSpaced(text, start, end) && opensLayoutCell(text, start) && endsLayoutCell(text, end) && (end - start >= 5 || code(text, end + 1) === 0x25);
