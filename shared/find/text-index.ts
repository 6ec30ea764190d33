/**
 * Find in the engagement's reports: each document's text normalised once (full-width forms folded
 * by NFKC, lower case, thousands separators dropped, whitespace runs made one space and removed
 * beside Chinese characters, so `研发 投入` across a PDF line break matches `研发投入`), with a map
 * from every normalised character back to its original offsets. A query is normalised the same way
 * and found by a substring scan of the normalised text; hits are reported in original offsets so
 * the source view can highlight them as it does a figure.
 */
import type { Span } from '../domain/figure';

export interface TextIndex {
  documentId: string;
  text: string;
  /** The searchable form of `text`. */
  normal: string;
  /** For normalised character i: where its source begins and ends in `text`. */
  origin: { start: Uint32Array; end: Uint32Array };
}

export interface TextHit extends Span {
  documentId: string;
  /** A short line of original text before, at and after the hit, whitespace collapsed. */
  before: string;
  match: string;
  after: string;
}

export interface FindResult {
  hits: TextHit[];
  /** Every hit in every document, counted up to `countLimit`. */
  total: number;
  /** Whether `total` stopped at the limit. */
  more: boolean;
}

/** Han ideographs, kana, hangul and CJK punctuation: scripts written without spaces between words. */
const isCjk = (code: number) =>
  (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3ffff);
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Kana and CJK ideographs outside the compatibility blocks: NFKC leaves them as they are. */
const isStable = (code: number) => code >= 0x3040 && code <= 0x9fff && !(code >= 0x3200 && code <= 0x33ff);

/** The character's searchable form: ASCII lower-cased cheaply, the rest by NFKC. */
function fold(raw: string, code: number): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : raw;
  return isStable(code) ? raw : raw.normalize('NFKC').toLowerCase();
}

/** Normalise `text`, recording where each output UTF-16 unit came from. */
function normalise(text: string): { normal: string; starts: number[]; ends: number[] } {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastCode = -1;
  let pendingSpace = -1;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const start = index;
    index += code > 0xffff ? 2 : 1;
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = start;
      continue;
    }
    if (code === 0x2c && isDigit(lastCode) && isDigit(text.charCodeAt(index))) continue;
    if (pendingSpace >= 0) {
      if (lastCode >= 0 && !isCjk(lastCode) && !isCjk(code)) {
        out.push(' ');
        starts.push(pendingSpace);
        ends.push(start);
      }
      pendingSpace = -1;
    }
    const raw = text.slice(start, index);
    const folded = fold(raw, code);
    for (let unit = 0; unit < folded.length; unit++) {
      out.push(folded[unit]!);
      starts.push(start);
      ends.push(index);
    }
    lastCode = folded === raw || folded.length === 0 ? code : folded.charCodeAt(folded.length - 1);
  }
  return { normal: out.join(''), starts, ends };
}

/** Build a document's index: once per document, not per keystroke. */
export function indexText(documentId: string, text: string): TextIndex {
  const { normal, starts, ends } = normalise(text);
  return { documentId, text, normal, origin: { start: Uint32Array.from(starts), end: Uint32Array.from(ends) } };
}

/** The query as the index stores text; empty when there is nothing to look for. */
export function normaliseQuery(query: string): string {
  return normalise(query).normal;
}

const CONTEXT = 36;

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function hitAt(index: TextIndex, at: number, length: number): TextHit {
  const start = index.origin.start[at]!;
  const end = index.origin.end[at + length - 1]!;
  return {
    documentId: index.documentId,
    start,
    end,
    before: oneLine(index.text.slice(Math.max(0, start - CONTEXT), start)).trimStart(),
    match: oneLine(index.text.slice(start, end)),
    after: oneLine(index.text.slice(end, end + CONTEXT)).trimEnd(),
  };
}

export interface FindOptions {
  /** How many hits to describe (with context); the rest are only counted. */
  limit?: number;
  /** Counting stops here: a one-letter query need not count every letter of 120 pages. */
  countLimit?: number;
}

/** Every occurrence of `query` in the documents, in document order then text order. */
export function findText(indexes: readonly TextIndex[], query: string, options: FindOptions = {}): FindResult {
  const { limit = 100, countLimit = 10_000 } = options;
  const needle = normaliseQuery(query);
  const hits: TextHit[] = [];
  let total = 0;
  if (needle.length === 0) return { hits, total, more: false };
  for (const index of indexes) {
    let from = 0;
    for (;;) {
      const at = index.normal.indexOf(needle, from);
      if (at < 0) break;
      if (total >= countLimit) return { hits, total, more: true };
      total++;
      if (hits.length < limit) hits.push(hitAt(index, at, needle.length));
      from = at + 1;
    }
  }
  return { hits, total, more: false };
}
