// Whether the words before a figure of the running text name a table row. A row's label is named
// when each of its words is said, in any order: every word of it, or every word of one language's
// half of a label given in two (`二氧化碳排放量（千公噸）CO2 emissions ('000 tonnes)` by `二氧化碳排放量`
// alone); a Chinese label is named when its two-character words are all said (`废旧电池回收量` by `回收
// 废旧电池`: 废旧 · 电池 · 回收, its closing 量 left unsaid), as a reader of the sentence matches them.

import { metricTokens } from '../consistency/metric-tokens';

/** A closing character that makes a row's name a quantity (`回收量`, `人数`, `金额`), seldom said in the sentence. */
const QUANTITY_SUFFIX = /^[量数數额額]$/;

/** Words a reporting standard's labels add that a sentence leaves unsaid (`Gross Scope 1 GHG emissions` is named by `Scope 1 emissions`). */
const STANDARD_WORD = /^(?:gross|ghg|throughput)$/;

/** The closing word of a total row's label (`员工总数`, `用水总量`). */
const TOTAL_SUFFIX = /^(?:总数|總數|总量|總量)$/;

/** Whether the tokens said (`metricTokens` of the words before the figure) name the row labelled `label`. */
export function namesRow(said: ReadonlySet<string>, label: string): boolean {
  const plain = label.replace(/[(（][^)）]*[)）]/g, ' ');
  const all = metricTokens(plain);
  if (all.length === 0) return false;
  if (all.every((t) => said.has(t) || saidAsStem(said, t) || saidInOtherWords(said, t) || (STANDARD_WORD.test(t) && all.some((w) => !STANDARD_WORD.test(w))))) return true;
  const han = plain.replace(/[^\u3400-\u9fff]+/g, ' ').trim();
  const other = plain.replace(/[\u3400-\u9fff]+/g, ' ').trim();
  // a label in two languages: either half names it
  if (han && other) {
    const half = metricTokens(other);
    if (half.length > 0 && half.every((t) => said.has(t))) return true;
  }
  return han !== '' && han.split(' ').every((phrase) => coveredByWords(said, phrase, new Set(metricTokens(phrase))));
}

/** The shortest stem that names a longer word of a label (`consum` of `consumed` for `consumption`). */
const STEM = 5;

/** Whether a word of a label is said by a stem it opens with (`We consumed` names `Total water consumption`). */
function saidAsStem(said: ReadonlySet<string>, token: string): boolean {
  if (token.length <= STEM) return false;
  for (const s of said) if (s.length >= STEM && s.length < token.length && token.startsWith(s)) return true;
  return false;
}

/** A label's word a sentence says in another (`Beans purchased` by `we bought … beans`, `Cement sales` by `we sold … cement`): its stem, and the words (stems) said for it. */
const OTHER_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['purchas', ['bought', 'buy']],
  ['sale', ['sold', 'sell']],
];

/** Whether a word of a label is said in another word for it. */
const saidInOtherWords = (said: ReadonlySet<string>, token: string): boolean =>
  OTHER_WORDS.some(([stem, words]) => token.startsWith(stem) && words.some((w) => said.has(w)));

/** Whether a Chinese phrase is a run of two-character words each said (or no content word), but for a closing quantity character. */
function coveredByWords(said: ReadonlySet<string>, phrase: string, content: ReadonlySet<string>): boolean {
  let i = 0;
  while (i + 1 < phrase.length) {
    const pair = phrase.slice(i, i + 2);
    // a total row's closing 总数 / 总量 is seldom said (`共有员工19,872人` names `员工总数`)
    const closingTotal = i > 0 && i + 2 === phrase.length && TOTAL_SUFFIX.test(pair);
    if (content.has(pair) && !said.has(pair) && !closingTotal) return false;
    i += 2;
  }
  return i === phrase.length || (i === phrase.length - 1 && QUANTITY_SUFFIX.test(phrase.charAt(i)));
}

/** Words that make a quantity a rate of another (`单位产品新鲜水用量`, `人均`, `emissions intensity`, `per tonne`). */
const INTENSITY = /单位产品|单位产值|单位营收|单位(?:营业)?收入|单位产量|人均|每万元|强度|\bper\b|intensit/i;

/**
 * Whether words naming a row speak of an intensity of it that the row is not: `单位产品新鲜水用量同比下降
 * 8.7%` names the 新鲜水用量 row's words, yet its rate is of the water per unit of output.
 */
export const intensityOf = (words: string, label: string): boolean => INTENSITY.test(words) && !INTENSITY.test(label);
