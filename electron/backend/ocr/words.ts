import type { OcrChar, OcrWord } from './types';
import { repairToken } from './word-repair';

/**
 * A recognised line's characters as words. The recogniser often drops the space between two
 * words (`worthoverRMB4billion`): a space is put back where the page shows a blank stretch
 * between two characters, and where word rules call for one (word-repair.ts). CJK text has no
 * spaces: a space the recogniser read between two CJK characters is dropped.
 */
export function wordsOf(chars: readonly OcrChar[], blanks: readonly { from: number; to: number }[]): OcrWord[] {
  const breaks = blankBreaks(chars, blanks);
  const tokens: OcrChar[][] = [];
  let token: OcrChar[] = [];
  const flush = (): void => {
    if (token.length > 0) tokens.push(token);
    token = [];
  };
  chars.forEach((char, index) => {
    const previous = token.at(-1);
    if (char.char.trim() === '') {
      const next = chars[index + 1];
      if (!(previous !== undefined && next !== undefined && spaceIsNoBreak(previous.char, next.char, token))) flush();
      return;
    }
    if (previous !== undefined && breaks.has(index) && !keptTogether(previous.char, char.char)) flush();
    token.push(char);
  });
  flush();
  return tokens.flatMap((chars) => repairToken(chars)).map(word);
}

/**
 * The characters a blank stretch of the line puts a space before: each stretch at the one gap
 * between two characters nearest its middle (the recogniser places characters only roughly), and
 * none where the recogniser read a space already.
 */
function blankBreaks(chars: readonly OcrChar[], blanks: readonly { from: number; to: number }[]): Set<number> {
  const breaks = new Set<number>();
  if (chars.length < 2) return breaks;
  const middle = (char: OcrChar): number => (char.from + char.to) / 2;
  for (const blank of blanks) {
    const at = (blank.from + blank.to) / 2;
    let nearest = 1;
    for (let index = 2; index < chars.length; index++) {
      const gap = (middle(chars[index - 1]!) + middle(chars[index]!)) / 2;
      const best = (middle(chars[nearest - 1]!) + middle(chars[nearest]!)) / 2;
      if (Math.abs(gap - at) < Math.abs(best - at)) nearest = index;
    }
    if (chars[nearest]!.char.trim() !== '' && chars[nearest - 1]!.char.trim() !== '') breaks.add(nearest);
  }
  return breaks;
}

/** A space read between two CJK characters, or after the hyphen of a name with a number (`COVID- 19`), is none. */
function spaceIsNoBreak(left: string, right: string, token: readonly OcrChar[]): boolean {
  if (isCjk(left) && isCjk(right)) return true;
  return left === '-' && /[A-Za-z]/.test(token.at(-2)?.char ?? '') && /\d/.test(right);
}

function word(chars: readonly OcrChar[]): OcrWord {
  const confidence = chars.reduce((sum, char) => sum + char.confidence, 0) / chars.length;
  return { text: chars.map((char) => char.char).join(''), from: chars[0]!.from, to: chars.at(-1)!.to, confidence };
}

/** Characters that stay one word across a gap: CJK text, and the digits of a number around its separators. */
function keptTogether(left: string, right: string): boolean {
  if (isCjk(left) && isCjk(right)) return true;
  const numeric = /[\d.,]/;
  if (left === '-' && /\d/.test(right)) return true;
  return numeric.test(left) && numeric.test(right) && (/\d/.test(left) || /\d/.test(right));
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function isCjk(char: string): boolean {
  return CJK.test(char);
}
