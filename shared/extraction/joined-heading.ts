import type { Candidate } from './candidate';
import { lineEndWithin, lineStartWithin } from './lines';
import { ZH_UNIT_TABLE } from './units';

// A bilingual report numbers each heading once per language (`4.3 行业努力共享价值⏎4.3 Work with
// industry`); a PDF whose two headings share a baseline gives them back as one line
// (`7 绿色运营 7 Green Operation`). The heading's number, standing at the line's start and again
// before the translation, is a section number both times, never a count of green operations.
// A figure told in both languages (`8 大行业 8 industries`, `3 个项目 3 Projects`) is no heading:
// its Chinese half opens with a measure word or a unit, its English half with a small letter. A
// measure word counts whole things, so after a numbered subsection (`4.1 对客户的承诺`) its character
// is the title's first word (对, the preposition), not a count of pairs.

/** How long a joined heading line may be. */
const MAX_LINE = 160;
/** A section number: `7`, `4.3`, `2.1.1`. */
const SECTION = /^\d{1,2}(?:\.\d{1,2}){0,2}$/;
/** The first title: words, no digits and no sentence punctuation. */
const TITLE = /^[^\d。，；！？,;!?\n]{1,60}$/;

/** Whether the candidate is the number of a heading joined to its translation on one line. */
export function inJoinedHeading(text: string, c: Candidate): boolean {
  if (c.form.script !== 'arabic' || c.reading.scaled || c.reading.currency || c.reading.range !== 'none' || c.qualifier !== 'exact') return false;
  const num = text.slice(c.numStart, c.numEnd);
  if (!SECTION.test(num)) return false;
  const ls = lineStartWithin(text, c.numStart, MAX_LINE);
  const le = ls < 0 ? -1 : lineEndWithin(text, c.numEnd, MAX_LINE);
  if (le < 0) return false;
  const line = text.slice(ls, le);
  const lead = /^[ \t]*/.exec(line)![0].length;
  if (!line.startsWith(`${num} `, lead)) return false;
  // the same number again, a space after the first title, before the translation's first word
  const again = line.indexOf(` ${num} `, lead + num.length);
  if (again < 0) return false;
  const first = line.slice(lead + num.length, again).trim();
  const second = line.slice(again + num.length + 2);
  const subsection = num.includes('.');
  if (!TITLE.test(first) || !(headingTitles(first, second, subsection) || headingTitles(second, first, subsection))) return false;
  const at = c.numStart - ls;
  return at === lead || at === again + 1;
}

/** A Chinese title that opens with no measure word or unit, and an English one with a capital. */
function headingTitles(zh: string, en: string, subsection: boolean): boolean {
  if (!/^[\u3400-\u9fff]/.test(zh) || !/^[A-Z]/.test(en)) return false;
  const unit = ZH_UNIT_TABLE.matchForward(zh, 0);
  return unit === null || (unit.value.kind === 'count' && (unit.end > 1 || subsection));
}
