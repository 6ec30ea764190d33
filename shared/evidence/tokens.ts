import { lowerBound } from '../text/lower-bound';
import { conceptOf } from './terms';

// The words of a document, once: Intl.Segmenter splits Chinese into words (and English on spaces),
// each word lower-cased, an English plural made singular, a known term brought to its concept
// (terms.ts). Numbers and function words are left out: numbers are matched as values, not words.

export interface Tokens {
  /** Each word's start in the text, ascending. */
  starts: Int32Array;
  /** Each word, normalised. */
  words: string[];
}

const STOP = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'it', 'its', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'their', 'our', 'we', 'they',
  'than', 'more', 'over', 'about', 'nearly', 'almost', 'approximately', 'around', 'up', 'million', 'billion', 'thousand', 'hundred',
  'among', 'such', 'also', 'into', 'per', 'all', 'each', 'both', 'other', 'her', 'his', 'she', 'he', 'them',
  '的', '了', '和', '与', '及', '在', '是', '为', '等', '中', '其', '共', '有', '约', '超', '超过', '近', '达', '达到', '以上', '多', '余',
  '万', '亿', '千', '百', '个', '名', '项', '家', '次', '人', '我们', '其中', '已', '并', '对', '将', '把', '被', '从', '以', '也',
]);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** V8's segmenter slows down with the length of the string it walks: it is given short pieces. */
const PIECE = 256;

/** The words of `text` (their starts count from the start of `text`). */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const words: string[] = [];
  for (let at = 0; at < text.length; ) {
    const end = pieceEnd(text, at);
    for (const segment of segmenter.segment(text.slice(at, end))) {
      if (!segment.isWordLike) continue;
      const word = normalise(segment.segment);
      if (word === undefined) continue;
      starts.push(at + segment.index);
      words.push(word);
    }
    at = end;
  }
  return { starts: Int32Array.from(starts), words };
}

/** Where the piece from `at` ends: after a line break or a sentence's end, else at a space, within PIECE. */
function pieceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + PIECE);
  if (limit === text.length) return limit;
  for (let i = limit - 1; i > at + PIECE / 4; i--) if (/[\n。！？；]/.test(text[i]!)) return i + 1;
  for (let i = limit - 1; i > at + PIECE / 4; i--) if (/\s/.test(text[i]!)) return i + 1;
  return limit;
}

function normalise(segment: string): string | undefined {
  const lower = segment.toLowerCase();
  if (/^[\d.,\s]+$/.test(lower) || STOP.has(lower) || /^[a-z]$/.test(lower)) return undefined;
  const direct = conceptOf(lower);
  if (direct !== lower) return direct;
  const singular = /^[a-z]{4,}s$/.test(lower) && !/(?:ss|us|is)$/.test(lower) ? lower.slice(0, -1) : lower;
  return conceptOf(singular);
}

/** The words whose start lies in `[start, end)`. */
export function wordsIn(tokens: Tokens, start: number, end: number): string[] {
  const from = lowerBound(tokens.starts, start);
  const to = lowerBound(tokens.starts, end);
  return tokens.words.slice(from, to);
}
