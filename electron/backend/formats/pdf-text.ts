import { isBlank, type Block, type Fragment, type TextRun } from './pdf-geometry';
import type { GlyphIndex } from './pdf-locate';

/**
 * Writes laid-out pages as text: a fragment's runs joined (with a space only where the page shows
 * a gap between words), a line break between lines (none where CJK text wraps), a tab between table
 * cells, a blank line between blocks and between pages. Every character written is recorded in the glyph index.
 */
export class PdfTextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  /** What the current line holds so far (its end looked at only). */
  private lineTail = '';

  constructor(private readonly glyphs: GlyphIndex) {}

  get offset(): number {
    return this.length;
  }

  /** Writes one page's blocks; returns whether any text was written. */
  writePage(page: number, runs: readonly TextRun[], blocks: readonly Block[]): boolean {
    const start = this.length;
    blocks.forEach((block, blockIndex) => {
      block.lines.forEach((line, lineIndex) => {
        // A line wrapped inside CJK text is no break in it: `约 787.7⏎万吨` is `约 787.7万吨`. A line
        // that English words end before CJK text is another entry or column (`About the Report
        // 135⏎全球报告倡议组织`: a contents page's page number, then the next title), not a wrap.
        if (lineIndex > 0 && !(isCjk(this.lastChar) || (isCjk(firstChar(runs, line)) && !latinEndsLine(this.lineTail)))) this.separator('\n');
        line.forEach((cell, cellIndex) => {
          if (cellIndex > 0) this.separator('\t');
          this.writeFragment(page, runs, cell);
        });
      });
      if (blockIndex < blocks.length - 1) this.separator('\n\n');
    });
    return this.length > start;
  }

  /** The break between two pages. */
  pageBreak(): void {
    this.separator('\n\n');
  }

  toString(): string {
    return this.parts.join('');
  }

  private get lastChar(): string {
    return this.parts.at(-1)?.at(-1) ?? '';
  }

  private separator(text: string): void {
    this.lineTail = text.includes('\n') ? '' : this.lineTail + text;
    this.parts.push(text);
    for (let index = 0; index < text.length; index++) this.glyphs.addChar(-1, 0, 0);
    this.length += text.length;
  }

  private writeFragment(page: number, runs: readonly TextRun[], fragment: Fragment): void {
    const id = this.glyphs.addFragment(page, fragment.top, fragment.bottom);
    let text = '';
    let lastChar = '';
    let previous: TextRun | undefined;
    // Length of `text` without its trailing white space, which is dropped at the end of the line.
    let kept = 0;
    const emit = (char: string, x0: number, x1: number): void => {
      text += char;
      this.glyphs.addChar(id, x0, x1);
      lastChar = char;
      if (char !== ' ') kept = text.length;
    };
    const words = fragment.runs.filter((index) => !isBlank(runs[index]!.text));
    let wordsSeen = 0;
    for (const index of fragment.runs) {
      const run = runs[index]!;
      const next = runs[words[wordsSeen] ?? -1];
      if (isBlank(run.text)) {
        // pdf.js's space between two words; CJK text has none, however wide the gap.
        const nextChar = next?.text.trimStart()[0] ?? '';
        if (previous !== undefined && next !== undefined && lastChar !== ' ' && !(isCjk(lastChar) && isCjk(nextChar))) {
          emit(' ', previous.x1, next.x0);
        }
        continue;
      }
      wordsSeen++;
      if (previous !== undefined && lastChar !== ' ' && lastChar !== '') {
        const gap = run.x0 - previous.x1;
        const first = run.text[0] ?? '';
        if (!isSpace(first) && gap > WORD_GAP * run.size && !isCjk(lastChar) && !isCjk(first)) {
          emit(' ', previous.x1, run.x0);
        }
      }
      const positions = charPositions(run);
      for (let at = 0; at < run.text.length; at++) {
        const char = run.text[at]!;
        if (isSpace(char)) {
          if (lastChar !== ' ' && lastChar !== '') emit(' ', positions[at]!, positions[at + 1]!);
        } else {
          emit(char, positions[at]!, positions[at + 1]!);
        }
      }
      previous = run;
    }
    this.glyphs.truncate(this.glyphs.size - (text.length - kept));
    text = text.slice(0, kept);
    this.lineTail = (this.lineTail + text).slice(-LINE_TAIL);
    this.parts.push(text);
    this.length += text.length;
  }
}

/** How much of a line's end is kept to tell how it ends. */
const LINE_TAIL = 40;

/** Whether Latin words, two at least (`About the Report 135`; not `“3T`, `Alipay`), stand after the line's last CJK character. */
function latinEndsLine(tail: string): boolean {
  let at = tail.length - 1;
  while (at >= 0 && !isCjk(tail[at]!)) at--;
  return LATIN_WORDS.test(tail.slice(at + 1));
}

const LATIN_WORDS = /[A-Za-z]{2,} +[A-Za-z]{2,}/;

function firstChar(runs: readonly TextRun[], line: readonly Fragment[]): string {
  const first = line[0]?.runs.find((index) => !isBlank(runs[index]!.text));
  return first === undefined ? '' : runs[first]!.text.trimStart()[0] ?? '';
}

/** A gap wider than this (in font sizes) between two runs of Latin text is a space between words. */
const WORD_GAP = 0.15;

function isSpace(char: string): boolean {
  return char <= ' ' || char === '\u00a0' || char === '\u3000' || (char >= '\u2000' && char <= '\u200b');
}

const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function isCjk(char: string): boolean {
  return CJK.test(char) || isHighSurrogate(char);
}

function isHighSurrogate(char: string): boolean {
  return char >= '\ud800' && char <= '\udbff';
}

/**
 * The left edge of each character of a run, and the run's right edge last. pdf.js gives only the
 * run's width, so it is shared out by how wide each kind of character usually is.
 */
function charPositions(run: TextRun): Float64Array {
  const weights = new Float64Array(run.text.length);
  let total = 0;
  for (let at = 0; at < run.text.length; at++) {
    const weight = charWeight(run.text[at]!);
    weights[at] = weight;
    total += weight;
  }
  const positions = new Float64Array(run.text.length + 1);
  const width = run.x1 - run.x0;
  let sum = 0;
  for (let at = 0; at < run.text.length; at++) {
    positions[at] = run.x0 + (total > 0 ? (width * sum) / total : 0);
    sum += weights[at]!;
  }
  positions[run.text.length] = run.x1;
  return positions;
}

/** Typical advance widths, in font sizes (Helvetica-like for Latin, full width for CJK). */
function charWeight(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // the second half of a surrogate pair
  if (code >= 0x1100 && isCjk(char)) return 1;
  if (code <= 0x20) return 0.28;
  return NARROW.has(char) ? 0.28 : WIDE.has(char) ? 0.85 : (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 0.62 : 0.52;
}

const NARROW = new Set(".,:;'!|ijlI()[]{}-/` \u00a0");
const WIDE = new Set('mwMW%@');
