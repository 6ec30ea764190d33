import type { ExtractedFigure } from '../domain/figure';

// `¥` (and the full-width `￥`) is the sign of the yuan and of the yen alike. Read alone it is the
// renminbi, as in the Chinese reports Tickmark is built around; in a yen report (a Japanese
// company's, which names the yen more often than the yuan: `billion yen`, `JPY`, `円`; or names
// neither but Japan, or a fiscal year ended March 31) it is the yen.

const YEN_WORDS = /\byen\b|\bJPY\b|円/gi;
const YUAN_WORDS = /\bRMB\b|\bCNY\b|\byuan\b|\brenminbi\b|人民币|人民幣|元/gi;
// a fiscal year ended March 31, as Japanese companies keep it (a Chinese company's is the calendar year)
const JAPAN_WORDS = /\bJapan(?:ese)?\b|\bTokyo\b|日本|\bended March 31\b/g;
const CHINA_WORDS = /\bChina\b|\bChinese\b|\bPRC\b|中国|中國/g;

/**
 * Whether the text names the yen more often than the yuan; or, naming neither (`¥14.2 billion` alone,
 * as a Japanese company's English report may), names Japan at least as often as China.
 */
export function yenDocument(text: string): boolean {
  const yen = count(text, YEN_WORDS);
  // the yuan are counted only as far as the answer needs: a Chinese report names them thousands of times
  const enough = Math.max(yen, 1);
  if (count(text, YUAN_WORDS, enough) >= enough) return false;
  if (yen > 0) return true;
  const japan = count(text, JAPAN_WORDS);
  return japan > 0 && japan >= count(text, CHINA_WORDS);
}

/** The figures with a `¥` of a yen report read as yen. */
export function withYenSign(text: string, figures: ExtractedFigure[]): ExtractedFigure[] {
  if (!figures.some(signedYuan) || !yenDocument(text)) return figures;
  return figures.map((f) => (signedYuan(f) ? { ...f, unit: 'JPY' } : f));
}

/** A yuan read from a `¥` in the figure or in its table's header (`Net sales (¥ billion)`), no yuan's name in the figure. */
const signedYuan = (f: ExtractedFigure): boolean => f.unit === 'CNY' && (/[¥￥]/.test(f.text) || !YUAN_IN_FIGURE.test(f.text));
const YUAN_IN_FIGURE = /RMB|CNY|yuan|renminbi|人民币|人民幣|元/i;

/** How many times `re` (global) matches in `text`, counting no further than `upTo`. */
function count(text: string, re: RegExp, upTo = Infinity): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= upTo) break;
  return n;
}
