import type { Qualifier } from '../domain/figure';
import { numberRead, skipTo } from './candidate';
import type { GrammarResult } from './candidate';
import { codeAt as code, isLetterCode } from './normalize';
import { parseEnglish, numberWordAt, hasNumberWordPrefix } from './english-number-words';
import { lowerWordAt } from './context';
import { enScaleAt } from './scales';
import { skipGap } from './gaps';
import { wordBefore } from './context';
import { looksLikeDomain, skipUrl } from './skip';

// The grammar of English number words: `four`, `twenty-one`, `a third`, `several hundred`,
// `two or three`, `3 million` after words. A word that opens a URL or an e-mail address is
// stepped over whole, so the digits inside are never read.

/**
 * Cheap test before the trie: the word's first three letters must begin some number word, or
 * the word may open a URL or an e-mail address (skipped whole so their digits are not read).
 */
export function mayStartNumberWord(text: string, i: number, we: number): boolean {
  const after = code(text, we);
  if (after === 0x3a || after === 0x2e || after === 0x40) return true;
  if (we - i < 3) return false;
  return hasNumberWordPrefix(code(text, i), code(text, i + 1), code(text, i + 2));
}

/** The number written in words from `i` (the word ends at `we`). */
export function readEnglish(text: string, i: number, we: number): GrammarResult {
  const after = code(text, we);
  if (after === 0x3a || after === 0x2e || after === 0x40) {
    const w = lowerWordAt(text, i, 6);
    if ((w === 'http' || w === 'https' || w === 'www') && (after === 0x3a || after === 0x2e)) return skipTo(skipUrl(text, i));
    if (after === 0x40 || (after === 0x2e && isLetterCode(code(text, we + 1)) && isLetterCode(code(text, we + 2)) && looksLikeDomain(text, we))) {
      return skipTo(skipUrl(text, i));
    }
    if (we - i < 3 || !hasNumberWordPrefix(code(text, i), code(text, i + 1), code(text, i + 2))) return skipTo(we);
  }
  if (!numberWordAt(text, i)) return skipTo(we);
  const e = parseEnglish(text, i);
  if (!e) return skipTo(we);
  let start = e.start;
  let vague = e.vague;
  let qual: Qualifier | null = e.vague ? 'over' : null;
  // `a third-party audit`, `quarter-final`: a fraction word opening a compound is no share
  if (e.percent && code(text, e.end) === 0x2d && isLetterCode(code(text, e.end + 1))) return skipTo(e.end);
  if (e.bareScale) {
    // "a third", "a thousand yuan", "several hundred", "one million"
    const before = wordBefore(text, i, 1);
    const art = before?.word;
    const couple = art === 'of' ? aCoupleBefore(text, before!.start) : -1;
    if (art === 'a' || art === 'an' || art === 'one') start = before!.start;
    else if (couple >= 0) {
      // `a couple of hundred hours`: about two hundred
      start = couple;
      e.value *= 2;
      qual = 'about';
    } else if (art === 'several' || art === 'few' || art === 'some') {
      start = art === 'few' ? (wordBefore(text, before!.start)?.word === 'a' ? wordBefore(text, before!.start)!.start : before!.start) : before!.start;
      vague = true;
      qual = 'over';
    } else return skipTo(e.end);
  }
  const form = { script: 'en' as const, justOne: e.justOne };
  const read = numberRead(start, e.end, e.value, form, { vague, scaled: e.bareScale || e.value >= 100 });
  if (e.percent) {
    read.unit = '%';
    read.kind = 'percent';
  } else if (e.times) {
    read.unit = 'times';
    read.kind = 'times';
  }
  let p = e.end;
  // `half a million trees`, `a quarter of a million people`: a fraction of a scale, no share
  const ofScale = e.percent ? fractionOfScale(text, p) : null;
  if (ofScale) {
    read.value = (e.value / 100) * ofScale.factor;
    read.unit = '';
    read.kind = 'none';
    read.reading.scaled = true;
    read.end = ofScale.end;
    read.qualifier = qual;
    return { read, next: ofScale.end };
  }
  const share = e.percent || e.times || e.vague || e.bareScale ? null : shareInWords(text, e.value, p);
  if (share) {
    read.value = share.value;
    read.unit = '%';
    read.kind = 'percent';
    form.justOne = false;
    p = share.end;
  }
  // "two or three years", "two to three"
  else if (!e.percent && !e.times) {
    const g = skipGap(text, p, 1);
    const conj = lowerWordAt(text, g, 3);
    if (conj === 'or' || conj === 'to') {
      const g2 = skipGap(text, g + conj.length, 1);
      if (isLetterCode(code(text, g2)) && numberWordAt(text, g2)) {
        const e2 = parseEnglish(text, g2);
        if (e2 && !e2.percent && !e2.times && !e2.bareScale && e2.value > e.value) {
          read.valueMax = e2.value;
          read.reading.range = 'numbers';
          form.justOne = false;
          p = e2.end;
        }
      }
    }
    // "four dollars", "3 million" after words: English scale words were read by the parser
    const es = read.reading.range !== 'none' ? null : enScaleAt(text, skipGap(text, p, 0));
    if (es && !e.vague) {
      read.value *= es.factor;
      read.reading.scaled = true;
      form.justOne = false;
      p = es.end;
    }
  }
  read.end = p;
  read.qualifier = qual;
  if (read.valueMax !== undefined && read.valueMax < read.value) read.valueMax = undefined;
  return { read, next: p };
}

/** `nine in ten`, `one in four`: a share, as `1 in 5` is; the whole a number word of at most 100. */
function shareInWords(text: string, part: number, p: number): { value: number; end: number } | null {
  const g = skipGap(text, p, 0);
  if (g === p || lowerWordAt(text, g, 3) !== 'in' || code(text, g + 2) !== 0x20) return null;
  const g2 = skipGap(text, g + 2, 0);
  if (!numberWordAt(text, g2)) return null;
  const whole = parseEnglish(text, g2);
  if (!whole || whole.percent || whole.times || whole.vague || whole.bareScale || whole.value > 100 || part < 1 || part >= whole.value) return null;
  return { value: (part / whole.value) * 100, end: whole.end };
}

/** After a fraction word: `a million`, `of a billion` → the scale's factor and where it ends. */
function fractionOfScale(text: string, p: number): { factor: number; end: number } | null {
  let q = skipGap(text, p, 1);
  if (lowerWordAt(text, q, 3) === 'of') q = skipGap(text, q + 2, 1);
  if ((code(text, q) | 0x20) !== 0x61 || isLetterCode(code(text, q + 1))) return null;
  const scale = enScaleAt(text, skipGap(text, q + 1, 1));
  return scale && scale.factor >= 1e3 ? scale : null;
}

/** Where `a couple` (or `a couple`'s `couple`) starts before the `of` at `ofStart`, or -1. */
function aCoupleBefore(text: string, ofStart: number): number {
  const couple = wordBefore(text, ofStart, 1);
  if (couple?.word !== 'couple') return -1;
  const a = wordBefore(text, couple.start, 1);
  return a?.word === 'a' ? a.start : couple.start;
}
