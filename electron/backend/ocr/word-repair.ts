import type { OcrChar } from './types';

/**
 * Rules that repair what the recogniser typically gets wrong in English words and figures, one
 * token (a run of characters with no space) at a time: `0n` is `On`, `lnternet` is `Internet`, a
 * letter O between digits is a zero; and a token is split where letters meet digits or a new word
 * visibly starts (`than10`, `4billion`, `RMB4billion`, `mobileInternet`), so that the figure
 * extractor finds the value, its scale word and its qualifier. Characters keep their positions.
 */

/** Scale words that follow a number; written against it, they still start a new word. */
const SCALE_WORDS = ['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent'];
/** Qualifiers that precede a number (`than` of `more than`, `least` of `at least`); glued to the word before, they still are words. */
const QUALIFIER_WORDS = ['approximately', 'exceeding', 'nearly', 'almost', 'around', 'about', 'above', 'below', 'under', 'over', 'than', 'least', 'some', 'to'];

export function repairToken(chars: readonly OcrChar[]): OcrChar[][] {
  const fixed = fixCharacters(chars);
  const text = fixed.map((char) => char.char).join('');
  const cuts = [...new Set(cutsIn(text))].filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
  const parts: OcrChar[][] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    parts.push(fixed.slice(start, cut));
    start = cut;
  }
  return parts;
}

/** One character read as a look-alike: O/o for 0 and l/I for 1 between digits, 0 for O before lower-case letters, l for I before a consonant. */
function fixCharacters(chars: readonly OcrChar[]): OcrChar[] {
  const text = chars.map((char) => char.char).join('');
  const replaced = text
    .replace(/(?<=\d)[Oo](?=\d)/g, '0')
    .replace(/(?<=\d)[lI](?=\d)/g, '1')
    .replace(/^0(?=[a-z]+$)/, 'O')
    .replace(/^l(?=[bcdfghjkmnpqrstvwxz])/, 'I');
  if (replaced === text) return [...chars];
  return chars.map((char, index) => (replaced[index] === char.char ? char : { ...char, char: replaced[index]! }));
}

/** Where the token splits into words (offsets into `text`). */
function cutsIn(text: string): number[] {
  const cuts: number[] = [];
  // Where a number starts after a word: `than10`, `whom897`, `In2020` (not `RMB4`, `FY2022`, `Q3`,
  // `CO2`: upper-case codes), or a currency code does: `overRMB4`.
  const numberStarts = [
    ...[...text.matchAll(/(?<=[a-z]{2}|^[A-Z][a-z]+)(?=\d)/g)].map((match) => match.index),
    ...[...text.matchAll(/(?<=[a-z]{2})(?=[A-Z]{2,3}\$?\d)/g)].map((match) => match.index),
  ];
  for (const start of numberStarts) {
    cuts.push(start);
    // A qualifier glued to the word before it: `worthover`, `reachednearly`.
    const letters = /[a-z]+$/.exec(text.slice(0, start))?.[0] ?? '';
    const qualifier = QUALIFIER_WORDS.find((word) => letters.endsWith(word) && letters.length > word.length);
    if (qualifier !== undefined) cuts.push(start - qualifier.length);
  }
  // Digits then letters: `4billion`, `10million`, `300yuan`, `2020the`; not `1st`, `10kg`, `5G`.
  for (const match of text.matchAll(/(?<=\d%?)([A-Za-z]+)/g)) {
    const letters = match[1]!;
    const scale = SCALE_WORDS.find((word) => letters.toLowerCase().startsWith(word));
    if (scale !== undefined) {
      cuts.push(match.index);
      if (letters.length > scale.length) cuts.push(match.index + scale.length);
    } else if (/^[a-z]{3,}/.test(letters) && !/^(?:st|nd|rd|th)$/.test(letters)) {
      cuts.push(match.index);
    }
  }
  // A sentence's end, then a number: `users.398`.
  for (const match of text.matchAll(/(?<=[a-z]{2}[.,;:])(?=\d)/g)) cuts.push(match.index);
  // A capital after lower-case letters starts a word when both sides are words: `mobileInternet`, not `WeChat`, `iPhone`.
  for (const match of text.matchAll(/(?<=[a-z]{3})(?=[A-Z][a-z]{2})/g)) cuts.push(match.index);
  return cuts;
}
