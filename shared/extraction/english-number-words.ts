import { NORM, isLetterCode, isWhiteCode, lowerCode } from './normalize';
import { PhraseTable } from './trie';
import { lowerWordAt } from './context';

// English number words (`four`, `twenty-five`, `several hundred`, `hundreds of millions`, `two
// thirds`, `doubled`): the parser reads a number at a word start and reports its extent; scale
// words after the number, units and qualifiers belong to the assembler (english.ts).

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

type WordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'plural' | 'several' | 'fraction' | 'half' | 'mult' | 'dozen';

export interface NumberWord {
  kind: WordKind;
  value: number;
}

const w = (kind: WordKind, value: number): NumberWord => ({ kind, value });

const UNIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export const EN_NUMBER_WORDS: ReadonlyArray<readonly [string, NumberWord]> = [
  ...UNIT_WORDS.map((s, v) => [s, w('unit', v)] as const),
  ...TEN_WORDS.flatMap((s, v) => (s ? [[s, w('ten', v * 10)] as const] : [])),
  ['hundred', w('hundred', 100)],
  ['thousand', w('scale', 1e3)],
  ['million', w('scale', 1e6)],
  ['billion', w('scale', 1e9)],
  ['trillion', w('scale', 1e12)],
  ['hundreds', w('plural', 100)],
  ['thousands', w('plural', 1e3)],
  ['millions', w('plural', 1e6)],
  ['billions', w('plural', 1e9)],
  ['tens', w('plural', 10)],
  ['dozens', w('plural', 12)],
  ['dozen', w('dozen', 12)],
  ['several', w('several', 0)],
  ['half', w('half', 50)],
  ['third', w('fraction', 3)],
  ['thirds', w('fraction', 3)],
  ['quarter', w('fraction', 4)],
  ['quarters', w('fraction', 4)],
  ['fifth', w('fraction', 5)],
  ['fifths', w('fraction', 5)],
  ['tenth', w('fraction', 10)],
  ['tenths', w('fraction', 10)],
  ['doubled', w('mult', 2)],
  ['double', w('mult', 2)],
  ['triple', w('mult', 3)],
  ['twice', w('mult', 2)],
  ['tripled', w('mult', 3)],
  ['trebled', w('mult', 3)],
  ['quadrupled', w('mult', 4)],
  ['quintupled', w('mult', 5)],
  ['twofold', w('mult', 2)],
  ['threefold', w('mult', 3)],
  ['fourfold', w('mult', 4)],
  ['fivefold', w('mult', 5)],
  ['tenfold', w('mult', 10)],
];

export const NUMBER_WORDS = new PhraseTable(EN_NUMBER_WORDS);

// First three letters (case-folded) of every number word: a word failing this test is skipped
// without walking the trie.
const PREFIX3 = new Uint8Array(32 * 32 * 32);
const l5 = (c: number): number => (c | 0x20) - 0x60; // a..z → 1..26, else out of range
for (const [word] of EN_NUMBER_WORDS) PREFIX3[(l5(word.charCodeAt(0)) << 10) | (l5(word.charCodeAt(1)) << 5) | l5(word.charCodeAt(2))] = 1;

/** Whether three (normalised) letters can begin an English number word. */
export function hasNumberWordPrefix(a: number, b: number, c: number): boolean {
  if (!isLetterCode(a) || !isLetterCode(b)) return false;
  if (!isLetterCode(c)) return true; // a ligature or a hyphenated break: let the trie decide
  return PREFIX3[(l5(a) << 10) | (l5(b) << 5) | l5(c)] === 1;
}

/**
 * A number word at `i` (a word start), joining a word hyphenated at a PDF line break: `thou-\nsand`
 * as laid out, `thou- sand` when the extractor turned the break into a space.
 */
export function numberWordAt(text: string, i: number): { end: number; word: NumberWord } | null {
  const m = NUMBER_WORDS.matchForward(text, i);
  if (m) return { end: m.end, word: m.value };
  // hyphenated across a line break: letters, '-', a line break or spaces, letters
  let j = i;
  while (isLetterCode(code(text, j))) j++;
  if (j === i || j - i > 10 || code(text, j) !== 0x2d) return null;
  let s = j + 1;
  while (s - j <= 3 && (code(text, s) === 0x20 || code(text, s) === 0x0d || code(text, s) === 0x0a)) s++;
  if (s === j + 1 || s - j > 3) return null;
  let k = s;
  while (isLetterCode(code(text, k))) k++;
  let joined = '';
  for (let p = i; p < j; p++) joined += String.fromCharCode(lowerCode(code(text, p)));
  for (let p = s; p < k; p++) joined += String.fromCharCode(lowerCode(code(text, p)));
  const hit = EN_NUMBER_WORDS.find(([s]) => s === joined);
  return hit ? { end: k, word: hit[1] } : null;
}

export interface EnglishNumber {
  start: number;
  end: number;
  value: number;
  vague: boolean;
  /** Started with a scale or fraction word and needs `a`/`one`/`several` before it. */
  bareScale: boolean;
  percent: boolean;
  times: boolean;
  /** Only one word `one`: an article, not a figure. */
  justOne: boolean;
  /** Value of the last word read (for `two thirds`). */
  words: number;
}

/** English number words from `i` (a word start whose word is a number word). */
export function parseEnglish(text: string, i: number): EnglishNumber | null {
  let total = 0;
  let current = 0;
  let vague = false;
  let vagueFactor = 1;
  let words = 0;
  let last: WordKind | null = null;
  let end = i;
  let p = i;
  let bareScale = false;
  let percent = false;
  let times = false;
  let onlyOne = true;
  for (;;) {
    const m = numberWordAt(text, p);
    if (!m) break;
    const k = m.word.kind;
    const v = m.word.value;
    if (k === 'unit' || k === 'ten' || k === 'dozen') {
      if (vague || (last !== null && last !== 'hundred' && last !== 'scale' && !(last === 'ten' && k === 'unit' && v < 10))) break;
      current += v;
      if (!(k === 'unit' && v === 1)) onlyOne = false;
    } else if (k === 'hundred') {
      if (vague) vagueFactor *= 100;
      else {
        if (words === 0) bareScale = true;
        current = (current || 1) * 100;
      }
      onlyOne = false;
    } else if (k === 'scale') {
      if (vague) vagueFactor *= v;
      else {
        if (words === 0) bareScale = true;
        total += (current || 1) * v;
        current = 0;
      }
      onlyOne = false;
    } else if (k === 'plural') {
      if (words > 0 && !vague) break;
      vague = true;
      vagueFactor *= v;
      onlyOne = false;
    } else if (k === 'several') {
      if (words > 0) break;
      vague = true;
      onlyOne = false;
    } else if (k === 'fraction') {
      const n = total + current;
      if (words === 0) {
        bareScale = true;
        current = 100 / v;
      } else {
        if (vague || n === 0 || n >= v) break;
        total = 0;
        current = (n / v) * 100;
      }
      percent = true;
      onlyOne = false;
      words++;
      end = m.end;
      break;
    } else if (k === 'half') {
      if (words > 0) break;
      current = 50;
      percent = true;
      onlyOne = false;
      words++;
      end = m.end;
      break;
    } else if (k === 'mult') {
      if (words > 0) break;
      current = v;
      times = true;
      onlyOne = false;
      words++;
      end = m.end;
      break;
    }
    words++;
    last = k;
    end = m.end;
    // separator to the next word: whitespace (one line break), hyphen, "and", "of" after a plural
    let q = end;
    const c = code(text, q);
    if (c === 0x2d) q++;
    else {
      let nl = 0;
      while (isWhiteCode(code(text, q))) {
        if (code(text, q) === 0x0a) nl++;
        q++;
      }
      if (q === end || nl > 1) break;
      const conj = lowerWordAt(text, q);
      if ((conj === 'and' && !vague && (last === 'hundred' || last === 'scale')) || (conj === 'of' && vague)) {
        q += conj.length;
        while (isWhiteCode(code(text, q))) q++;
      }
    }
    if (!isLetterCode(code(text, q))) break;
    const next = numberWordAt(text, q);
    if (!next) break;
    p = q;
  }
  if (words === 0) return null;
  const value = vague ? vagueFactor : total + current;
  if (vague && vagueFactor === 1) return null; // "several" alone
  return { start: i, end, value, vague, bareScale, percent, times, justOne: onlyOne && !vague && words === 1, words };
}
