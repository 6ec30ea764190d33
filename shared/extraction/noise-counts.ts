import { hasDecimal, hasSeparator, justOne, type Candidate } from './candidate';
import type { NoiseRule } from './noise';
import { codeAt as code, isCjkCode } from './normalize';
import { PLACES, ZH_DETERMINER } from './noise-words';
import { priorPeriodValue, recordedOne, statedBare } from './noise-phrases';
import { skipGap, skipGapBack } from './gaps';
import { inUnitCaption } from './unit-spec-in';
import { onlyOne } from './chinese';
import { spacedHeadline } from './digits';
import { countedBefore } from './number-verb';
import { labelledAboveInColumn, partLabelBelow } from './column-kpi';
import { isWhiteSpace } from './cell-lines';

// Numbers that count nothing a report claims (GUIDELINES.md, "Exclude"): `one` as an article, a
// bare number with nothing counted and no table cell to stand in, a threshold, a temperature, a
// Chinese numeral with no measure word (`千牛`, `三方`), a count of digits (`两位数增长`), and a count
// that refers back (`这两位`, `the two people mentioned above`) rather than making a new claim.

/** `实现 0 入侵和 0 泄露`: a zero a report says it achieved counts incidents, even spaced from its noun. */
const ZERO_ACHIEVED = /(?:实现|保持|做到|达成|取得)[^，。；,;]*$/;

/**
 * Measure words a bare 千 or 万 counts with (`万户商家`, `千名员工`, `万包咖啡`): people, households and
 * goods. Not 家 (`千家万户`, `万家灯火`), 人 (`千人计划`, `万人空巷`), 分 or 种 (`万分感谢`, `万种风情`).
 */
const BARE_SCALE_COUNTS = new Set(['名', '户', '位', '包', '件', '台', '笔', '所', '棵', '株', '人次']);

/** `单位：万人次、万吨、万架次`: a table's units listed after 单位, each its scale and measure word. */
const UNIT_LIST_BEFORE = /(?:单位|單位)\s*[:：][^\n。，]*$/;

/** `29 of them`, `11 of⏎these`, `40 of whom`: a part of a set a clause before names. */
const OF_SET_AFTER = /^\s+of\s+(?:them|these|those|whom)\b/;
const countOfSetBefore = (text: string, end: number): boolean => isWhiteSpace(text.charCodeAt(end)) && OF_SET_AFTER.test(text.slice(end, end + 16));

export const COUNT_NOISE_RULES = {
  // a lone 一 or `one` as an article, but not 一 tenth (`增长逾一成`, 10%; 一成不变 is an idiom)
  articleOne: { name: 'article-one', scripts: ['zh', 'en'], drop: (text, c) => justOne(c) && c.kind !== 'percent' && !priorPeriodValue(text, c) && !recordedOne(text, c) && !(c.form.script === 'zh' && onlyOne(text, c.start)) },
  bareNumber: {
    name: 'bare-number',
    kinds: ['none'],
    drop: (text, c) =>
      c.kind === 'none' && !c.reading.scaled && c.qualifier === 'exact' && !c.reading.currency && !c.reading.vague && !c.context.tableCell &&
      // a bare range's ends may be codes or scores (`1 to 5`); one written with thousands separators is an amount,
      // as a lone `30,000` is (`earn RMB⏎…⏎30,000 to 40,000 more`, its currency in another column)
      (c.reading.range !== 'none' ? !hasSeparator(c) : !hasSeparator(c) && !hasDecimal(c)) && !statedBare(text, c) && !countedBefore(text, c) &&
      // a KPI page's cell its column names (`Fatalities⏎0`, `84⏎⏎of them certified`)
      !labelledAboveInColumn(text, c.numStart, c.numEnd) && !partLabelBelow(text, c.numStart, c.numEnd) &&
      // letter-spaced (`    4 1 2      1 8 . 6 %`): a designed page's headline figure, no chart's tick or note's number
      !spacedHeadline(text, c.numStart, c.numEnd) &&
      // `led 29 of them to set targets`: a count of the set named before, which it leaves unsaid
      !countOfSetBefore(text, c.end),
  },
  threshold: { name: 'threshold', drop: (_t, c) => c.context.threshold },
  temperature: { name: 'temperature', kinds: ['temperature'], drop: (_t, c) => c.kind === 'temperature' },
  zhSpacedNoun: {
    name: 'zh-spaced-noun',
    scripts: ['arabic', 'zh'],
    kinds: ['noun'],
    drop: (text, c) =>
      c.kind === 'noun' && c.context.noun?.spaced === true && isCjkCode(c.unit.charCodeAt(0)) && !c.reading.scaled && c.qualifier === 'exact' && !hasSeparator(c) && c.form.script !== 'en' &&
      !(c.value === 0 && ZERO_ACHIEVED.test(text.slice(Math.max(0, c.start - 12), c.start))) && !PLACES.test(c.unit),
  },
  zhNumeralWithoutMeasure: {
    name: 'zh-numeral-without-measure',
    scripts: ['zh'],
    drop: (text, c) => {
      if (c.form.script !== 'zh') return false;
      const pureScale = c.form.pureScale;
      // 千牛, 万物, 百度 (but 十个), while a thousand or ten thousand of people or things stays a count (`万户商家`, `千名“特云”`)
      if (pureScale && !c.reading.vague && c.qualifier === 'exact' && c.value >= 100 && c.value < 1e6) return !(c.value >= 1000 && c.kind === 'count' && BARE_SCALE_COUNTS.has(c.unit) && !inUnitCaption(text, c.start, c.end) && !UNIT_LIST_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)));
      // 亿滋, 万科, 万达: a lone 万 or 亿 glued to a word that no measure word is begins a name
      if (c.kind === 'noun' && pureScale && c.numEnd - c.numStart === 1 && !c.reading.vague && c.qualifier === 'exact' && c.context.noun?.spaced !== true) return true;
      if (c.kind === 'noun') return !(c.reading.scaled && c.value >= 1e4); // 千万小微商户, but not 三方
      // `超过两千万的零售行业就业`: a numeral with its scale (两千万, 三十万) counts what the sentence names
      return c.kind === 'none' && !c.reading.vague && !(pureScale && c.qualifier !== 'exact') && !(!pureScale && c.reading.scaled && c.value >= 1e4);
    },
  },
  zhVery: { name: 'zh-very', scripts: ['zh'], drop: (_t, c) => c.form.script === 'zh' && c.unit === '分' },
  // `两位数增长`, `个位数`: how many digits a number has (double-digit growth), not a count of people
  digitCount: { name: 'digit-count', drop: (text, c) => c.unit === '位' && code(text, c.end) === 0x6570 },
  anaphoricCount: {
    name: 'anaphoric-count',
    scripts: ['zh', 'en'],
    // "这两位", "the two people mentioned above": a reference back, not a new claim
    drop: (text, c, a) => {
      if (c.form.script === 'arabic' || c.value > 10 || c.reading.scaled) return false;
      if (c.form.script === 'en') {
        const w = a.prevWord;
        return w !== null && (w.word === 'the' || w.word === 'these' || w.word === 'those') && !namesItsListBefore(text, w.start, c.value) && !(w.word === 'the' && OF_A_NAMED_WHOLE.test(text.slice(c.end, c.end + 60)));
      }
      // `这三个方面`, `这三大目标`: a count of named parts stays one (GUIDELINES: `三条原则`, `六大安全能力`)
      return ZH_DETERMINER.matchBackward(text, c.start) !== null && !countsNamedParts(text, c);
    },
  },
  rankedSet: {
    name: 'ranked-set',
    scripts: ['en', 'arabic'],
    // `68 of the 100 highest-emitting companies`, `the 20 largest suppliers`: the size of a ranked list
    // (as `Top 30`), which names the set, no result; `our 9 largest treatment works` counts what we own
    drop: (text, c, a) => a.prevWord?.word === 'the' && SUPERLATIVE_AFTER.test(text.slice(c.end, c.end + 24)),
  },
} satisfies Record<string, NoiseRule>;

/** A superlative right after the number, alone or opening a compound (`largest`, `highest-emitting`, `most polluting`). */
const SUPERLATIVE_AFTER = /^\s(?:highest|largest|biggest|greatest|lowest|smallest|best|worst|most|least|leading)\b/i;

/**
 * `one of the six companies of the Pathways Alliance`, `the 27 member states of the European Union`: a
 * count whose noun is of a named whole says how many that whole has, no reference back.
 */
const OF_A_NAMED_WHOLE = /^\s+(?:[a-z-]+\s+){1,3}of\s+(?:the\s+)?[A-Z][a-z]/;

/** How far back an appositive's list may start: a sentence's worth. */
const LIST_REACH = 240;

/**
 * `TnGD in Malaysia, DANA in Indonesia and GCash in the Philippines, the three local e-wallet
 * partners`: an appositive that counts the list just before it names that many parts, a claim as
 * `三条原则` is — its list's `and` and commas give as many items as it counts.
 */
function namesItsListBefore(text: string, theStart: number, count: number): boolean {
  const comma = skipGapBack(text, theStart, 1) - 1;
  if (count < 2 || text.charCodeAt(comma) !== 0x2c) return false;
  const before = text.slice(Math.max(0, theStart - LIST_REACH), comma);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf(':')) + 1);
  const and = sentence.lastIndexOf(' and ');
  if (and < 0 || sentence.indexOf(',', and) >= 0) return false;
  // the items before `and` are parted by commas: at least count - 2 of them
  const commas = sentence.slice(0, and).split(',').length - 1;
  return commas >= count - 2;
}

/** What a report divides its work into: `方面`, `目标`, `领域`…, counted after `个` or `项`. */
const PART_NOUNS = /^(?:方面|目标|领域|方向|原则|支柱|举措|措施|维度|板块|层面|环节|阶段|步骤)/;

/** `三大目标` (N大X always counts named parts) or `三个方面`. */
function countsNamedParts(text: string, c: Candidate): boolean {
  if (code(text, c.numEnd) === 0x5927) return true;
  return PART_NOUNS.test(text.slice(skipGap(text, c.end, 0), c.end + 4));
}
