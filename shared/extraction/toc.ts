import { lineAbove, lineBelow, type Line } from './cell-lines';
import { lineEndWithin, lineStartWithin } from './lines';
import { nextMatch } from './next-occurrence';

// Page numbers of a table of contents are not figures (GUIDELINES.md). An entry is a title and a
// page number ending its line: after leader dots (`Environmental Performance ........ 24`), under
// a `Contents`/`目录` heading, or in a run of such lines whose numbers grow down the page
// (`关于本报告 3⏎董事长致辞 5⏎公司治理 12`; never falling, several chapters may share a page). A two-column data table rarely grows like that with
// titles free of digits and punctuation; one under a heading of its own is not a contents page.

const MAX_LINE = 120;
/** Title, then leader dots or spaces, then a page number (or range) ending the line. */
const ENTRY = /^\s*([^\d\t.,;:，。；：%]{2,80}?)(?:\s*(?:[.．·…]\s*){2,}|[ \t\u3000]+)(\d{1,3})(?:\s*[-–]\s*\d{1,3})?\s*$/;
const LEADERS = /(?:[.．·…]\s*){2,}\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$/;
/**
 * A title that is one cell, whatever it holds (`2023年关键绩效 Key Performance in 2023`, `01 多样的消费`),
 * then the page or pages (`087-092`): read only under a contents heading.
 */
const TITLED_ENTRY = /^\s*(?=[^\t]*?[A-Za-z\u3400-\u9fff])[^\s.．·…][^\t]*?\S(?:\t|[ \u3000]{2,})(\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*$/;
/** `Contents`, `目录`, or both (`目录 Contents`). */
const CONTENTS_HEADING = /^\s*(?:(?:table of contents|contents|目\s*录|目\s*錄)\s*){1,2}$/i;
const CONTENTS_REACH = 40;
/** The heading's words anywhere: where none stands in the stretch the walk up could reach, no line there is the heading. */
const nextContentsWord = nextMatch(/contents|目\s*[录錄]/gi);

/** Blank lines skipped between two entries, or on the way up to a contents heading (PDF text leaves three between blocks). */
const BLANKS = 3;

/** The line holding `i`, its ends looked for no further than MAX_LINE either side. */
function lineAt(text: string, i: number): Line | null {
  const start = lineStartWithin(text, i, MAX_LINE);
  const end = start < 0 ? -1 : lineEndWithin(text, i, MAX_LINE);
  return start < 0 || end < 0 ? null : { start, end };
}

/** The nearest non-blank line above or below `line`; null past a long line. */
const above = (text: string, line: Line) => lineAbove(text, line.start, MAX_LINE, BLANKS);
const below = (text: string, line: Line) => lineBelow(text, line.end, MAX_LINE, BLANKS);

/** A chapter's number opening an entry (`1 / 蚂蚁金服概况   Ant Financial Profile 112`, `2. Our People 12`, `3  Underwriting portfolio   17`). */
const CHAPTER_NUMBER = /^\s*\d{1,2}(?:\s*[/.、)])?\s+/;

/** An entry's title and page, its chapter's number left out. */
const entryOf = (line: string): RegExpExecArray | null => {
  const m = ENTRY.exec(line);
  if (m) return m;
  const chapter = CHAPTER_NUMBER.exec(line);
  return chapter ? ENTRY.exec(line.slice(chapter[0].length)) : null;
};

const pageOf = (text: string, line: Line | null): number | null => {
  const m = line ? entryOf(text.slice(line.start, line.end)) : null;
  return m ? Number(m[2]) : null;
};

/** Whether the number `[start, end)` is the page number of a table-of-contents entry. */
export function tocPageNumber(text: string, start: number, end: number): boolean {
  if (!onlyWhiteSpaceToLineEnd(text, end)) return false;
  const own = lineAt(text, start);
  if (!own || end > own.end) return false;
  const line = { start: own.start, end: own.end, text: text.slice(own.start, own.end) };
  // the page number ends the line; a title may hold figures of its own (`£14.2bn of sustainable finance ..... 7`)
  if (line.text.slice(end - line.start).trim() !== '' || !/\d$/.test(line.text.slice(0, end - line.start))) return false;
  if (LEADERS.test(line.text)) return true;
  const m = entryOf(line.text);
  if (!m || line.start + line.text.lastIndexOf(m[2]!, line.text.length) > start + 3) {
    const titled = TITLED_ENTRY.exec(line.text);
    return titled !== null && !/\s{2}/.test(line.text.trim().slice(0, -titled[1]!.length).trim()) && underContentsHeading(text, line);
  }
  const page = Number(m[2]);
  if (inGrowingRun(text, line, page)) return true;
  return underContentsHeading(text, line);
}

/** Entries looked at either way along a run. */
const RUN_REACH = 12;

/**
 * Whether the entry `line` (page `page`) stands in a run of three or more entries whose pages never
 * fall down the page and grow overall (`112⏎112⏎112⏎116`: several chapters may open on one page).
 */
function inGrowingRun(text: string, line: Line, page: number): boolean {
  let entries = 1;
  let first = page;
  let last = page;
  for (let up = above(text, line), k = 0; up && k < RUN_REACH; up = above(text, up), k++) {
    const p = pageOf(text, up);
    if (p === null || p > first) break;
    first = p;
    entries++;
  }
  for (let down = below(text, line), k = 0; down && k < RUN_REACH; down = below(text, down), k++) {
    const p = pageOf(text, down);
    if (p === null || p < last) break;
    last = p;
    entries++;
  }
  return entries >= 3 && first < last;
}

/** Whether nothing but white space stands between `i` and the end of its line: read before any line is looked for. */
function onlyWhiteSpaceToLineEnd(text: string, i: number): boolean {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && !/\s/.test(text[i]!)) return false;
  }
  return true;
}

function underContentsHeading(text: string, line: Line): boolean {
  const word = nextContentsWord.in(text, Math.max(0, line.start - CONTENTS_REACH * (BLANKS + 1) * (MAX_LINE + 1)));
  if (word < 0 || word >= line.start) return false;
  let up: Line | null = line;
  for (let k = 0; k < CONTENTS_REACH && up; k++) {
    up = above(text, up);
    if (up && CONTENTS_HEADING.test(text.slice(up.start, up.end))) return true;
  }
  return false;
}
