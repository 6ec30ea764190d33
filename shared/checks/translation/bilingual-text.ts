// Whether a file is a bilingual report by its own text: paragraphs in Chinese and paragraphs in
// English each hold a good part of it (a bilingual report's pages, each paragraph beside its
// translation). Such a file needs one figure and its translation to align its languages, where a
// Chinese report with English headings, or an English one quoting a Chinese name, needs several
// before a Chinese and an English figure that look alike can be taken for a translation (bilingual.ts).
// A short page of a bilingual report may hold only two or three figures in each language, and a slip
// in translation leaves fewer of them anchored still.

/** The smaller language's share of the text's prose, in characters, for the file to be bilingual. */
const MIN_SHARE = 0.1;
/** A line of English prose: this many words or more, and no Chinese (a heading `3.1 企业可持续发展目标` is Chinese). */
const MIN_WORDS = 3;

export function isBilingualText(text: string): boolean {
  let chinese = 0;
  let english = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (/[\u3400-\u9fff]/.test(trimmed)) chinese += trimmed.length;
    else if ((trimmed.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= MIN_WORDS) english += trimmed.length;
  }
  const prose = chinese + english;
  return prose > 0 && Math.min(chinese, english) >= MIN_SHARE * prose;
}
