import { ANCHOR, A_LETTER, codeAt as code, isCjkCode, isDigitCode, isLetterCode, isWhiteCode } from './normalize';
import { lowerWordAt } from './context';
import { tagEnd } from './gaps';
import { NextOccurrence } from './next-occurrence';

// What the scanner steps over whole so that the digits inside are never read as figures:
// alphanumeric codes (`ISO14001`, `95188-1-2`), HTML tags and the bodies of script and style,
// URLs and e-mail addresses.

/** End of the run of letters starting at `i`. */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && ANCHOR[text.charCodeAt(i)] === A_LETTER) i++;
  return i;
}

/** End of an alphanumeric token with internal punctuation (`ISO14001`, `COVID-19`, `95188-1-2`, `v1.2.3`). */
export function tokenEnd(text: string, i: number): number {
  for (;;) {
    const c = code(text, i);
    if (isDigitCode(c) || isLetterCode(c)) i++;
    else if ((c === 0x2d || c === 0x2e || c === 0x2f || c === 0x5f || c === 0x3a || c === 0x40) && (isDigitCode(code(text, i + 1)) || isLetterCode(code(text, i + 1)))) i++;
    else return i;
  }
}

/** `</script` and `</style`, in any case: where the body of each ends. */
const CLOSING_TAG = {
  script: new NextOccurrence((text, from) => closingTagIndex(text, 'script', from)),
  style: new NextOccurrence((text, from) => closingTagIndex(text, 'style', from)),
};

function closingTagIndex(text: string, name: string, from: number): number {
  for (let k = text.indexOf('</', from); k >= 0; k = text.indexOf('</', k + 2)) {
    let m = 0;
    while (m < name.length && (text.charCodeAt(k + 2 + m) | 0x20) === name.charCodeAt(m)) m++;
    if (m === name.length) return k;
  }
  return -1;
}

/** Skip an HTML tag (and the body of script/style), or a `<https://…>` autolink. */
export function skipMarkup(text: string, i: number): number {
  const e = tagEnd(text, i);
  if (e < 0) return i + 1;
  const name = lowerWordAt(text, i + 1, 8);
  if (name === 'script' || name === 'style') {
    const close = CLOSING_TAG[name].in(text, e);
    if (close > 0) return close;
  }
  return e;
}

export function skipUrl(text: string, i: number): number {
  while (i < text.length) {
    const c = code(text, i);
    if (isWhiteCode(c) || isCjkCode(c) || c === 0x3e || c === 0x29 || c === 0x22 || c === 0x27 || c === 0x5d || c > 0x2000) break;
    i++;
  }
  return i;
}

/** Whether the word ending at `i` (on a dot) starts a domain name: `word.word/…` or `word.com`. */
export function looksLikeDomain(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && !isWhiteCode(code(text, j)) && j - i < 60) {
    const c = code(text, j);
    if (c === 0x2f) return true;
    j++;
  }
  const tld = lowerWordAt(text, i + 1, 4);
  return tld === 'com' || tld === 'cn' || tld === 'org' || tld === 'net' || tld === 'gov' || tld === 'edu' || tld === 'io';
}
