import { TRADITIONAL_TO_SIMPLIFIED } from './traditional';

// Length-preserving normalisation: every UTF-16 code unit maps to exactly one code unit, so a
// position in the normalised view is the same position in the original text and spans never
// need an offset map. Multi-letter compatibility characters (ligatures) are expanded only where
// words are read (see `LIGATURES`).

/** Characters that begin a Chinese numeral (after normalisation). */
export const ZH_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿萬億数几半';

/** Code unit → normalised code unit (full-width ASCII, Kangxi radicals, compatibility ideographs, odd spaces). */
export const NORM: Uint16Array = buildNormTable();

/** Character classes for the scanner's hot loop. */
export const C_OTHER = 0;
export const C_DIGIT = 1;
export const C_LETTER = 2; // ASCII letter (after normalisation)
export const C_SPACE = 3; // horizontal whitespace
export const C_NEWLINE = 4;
export const C_ZHNUM = 5; // a character that can start a Chinese numeral
export const C_CJK = 6; // any other CJK ideograph
export const C_LT = 7; // `<`: start of markup
export const C_AMP = 8; // `&`: start of an HTML entity
export const C_CURRENCY = 9; // a currency sign that may precede a number
export const C_LIGATURE = 10;

export const CLASS: Uint8Array = buildClassTable();

/** What the scanner does at a character: 0 = nothing (skipped in a tight loop). */
export const A_DIGIT = 1;
export const A_LETTER = 2;
export const A_ZHNUM = 3;
export const A_MARKUP = 4; // `<` or `&`

export const ANCHOR: Uint8Array = buildAnchorTable();

function buildAnchorTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = CLASS[c];
    if (k === C_DIGIT) t[c] = A_DIGIT;
    else if (k === C_LETTER || k === C_LIGATURE) t[c] = A_LETTER;
    else if (k === C_ZHNUM) t[c] = A_ZHNUM;
    else if (k === C_LT || k === C_AMP) t[c] = A_MARKUP;
  }
  return t;
}

/** Ligatures a PDF may carry inside words: expanded by the word reader. */
export const LIGATURES: ReadonlyMap<number, string> = new Map([
  [0xfb00, 'ff'],
  [0xfb01, 'fi'],
  [0xfb02, 'fl'],
  [0xfb03, 'ffi'],
  [0xfb04, 'ffl'],
  [0xfb05, 'st'],
  [0xfb06, 'st'],
]);

function buildNormTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Full-width ASCII block, except the full-width comma, which in Chinese text separates list
  // items rather than thousands ("5，6个").
  for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff0c) t[c] = c - 0xfee0;
  for (const c of [0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) t[c] = 0x20;
  t[0x200b] = 0x20; // zero-width space: a word break for our purposes
  // Kangxi radicals, CJK radical supplement and compatibility ideographs: NFKC maps them to one
  // unified ideograph each (`⼗` → `十`); keep only the one-to-one mappings.
  const ranges: Array<[number, number]> = [
    [0x2e80, 0x2ef3],
    [0x2f00, 0x2fd5],
    [0xf900, 0xfad9],
  ];
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1) t[c] = n.charCodeAt(0);
    }
  }
  // Traditional characters read as simplified ones (traditional.ts).
  for (const [trad, simp] of TRADITIONAL_TO_SIMPLIFIED) t[trad] = simp;
  // The financial forms of the scale numerals, as a statement's unit writes them (`新臺幣仟元`).
  t[0x4edf] = 0x5343; // 仟 → 千
  t[0x4f70] = 0x767e; // 佰 → 百
  // Dashes and tildes used in ranges all read as one of two characters.
  for (const c of [0x2010, 0x2011, 0x2012, 0x2212, 0xfe63]) t[c] = 0x2d; // → '-'
  t[0x301c] = 0x7e; // wave dash → '~'
  t[0x2053] = 0x7e;
  return t;
}

function buildClassTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const n = NORM[c]!;
    if (n >= 0x30 && n <= 0x39) t[c] = C_DIGIT;
    else if ((n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a)) t[c] = C_LETTER;
    else if (n === 0x20 || n === 0x09 || n === 0x0b || n === 0x0c) t[c] = C_SPACE;
    else if (n === 0x0a || n === 0x0d || n === 0x2028 || n === 0x2029) t[c] = C_NEWLINE;
    else if (n >= 0x3400 && n <= 0x9fff) t[c] = C_CJK;
    else if (n === 0x3c) t[c] = C_LT;
    else if (n === 0x26) t[c] = C_AMP;
    else if (n === 0x24 || n === 0xa5 || n === 0x20ac || n === 0xa3 || n === 0xffe5 || n === 0xffe1) t[c] = C_CURRENCY;
    else if (c >= 0xfb00 && c <= 0xfb06) t[c] = C_LIGATURE;
  }
  const zh = new Set(Array.from(ZH_NUMERAL_CHARS, (ch) => ch.charCodeAt(0)));
  for (let c = 0; c < 0x10000; c++) if (zh.has(NORM[c]!)) t[c] = C_ZHNUM;
  return t;
}

/** The normalised code unit at `i`, or -1 outside the text. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1;
}

/** The last raw code unit `c` at or before `at` and after `from`, or -1: a bounded look back that keeps a text without breaks linear. */
export function lastCodeAfter(text: string, c: number, at: number, from: number): number {
  for (let p = Math.min(at, text.length - 1); p > from; p--) if (text.charCodeAt(p) === c) return p;
  return -1;
}

export function classAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? CLASS[text.charCodeAt(i)]! : -1;
}

export const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isUpperCode = (c: number): boolean => c >= 0x41 && c <= 0x5a;
export const isCjkCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
export const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
export const isNewlineCode = (c: number): boolean => c === 0x0a || c === 0x0d;
export const isWhiteCode = (c: number): boolean => isSpaceCode(c) || isNewlineCode(c);
/** A table's cell bar: a Markdown table's `|`, a box-drawn table's `│`, heavy `┃` or double `║`. */
export const isCellBarCode = (c: number): boolean => c === 0x7c || c === 0x2502 || c === 0x2503 || c === 0x2551;
export const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** Normalised copy of a short slice (for table look-ups on candidates, never the whole text). */
export function normSlice(text: string, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(NORM[text.charCodeAt(i)]!);
  return s;
}
