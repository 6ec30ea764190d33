import type { ExtractedFigure } from '../domain/figure';

// `¥` (and the full-width `￥`) is the sign of the yuan and of the yen alike. Read alone it is the
// renminbi, as in the Chinese reports Tickmark is built around; in a yen report (a Japanese
// company's, which names the yen more often than the yuan: `billion yen`, `JPY`, `円`) it is the yen.

const YEN_WORDS = /\byen\b|\bJPY\b|円/gi;
const YUAN_WORDS = /\bRMB\b|\bCNY\b|\byuan\b|\brenminbi\b|人民币|人民幣|元/gi;

/** Whether the text names the yen more often than the yuan. */
export function yenDocument(text: string): boolean {
  const yen = count(text, YEN_WORDS);
  return yen > 0 && yen > count(text, YUAN_WORDS);
}

/** The figures with a `¥` of a yen report read as yen. */
export function withYenSign(text: string, figures: ExtractedFigure[]): ExtractedFigure[] {
  if (!figures.some(signedYuan) || !yenDocument(text)) return figures;
  return figures.map((f) => (signedYuan(f) ? { ...f, unit: 'JPY' } : f));
}

const signedYuan = (f: ExtractedFigure): boolean => f.unit === 'CNY' && /[¥￥]/.test(f.text);

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
