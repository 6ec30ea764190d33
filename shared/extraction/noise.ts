import { hasDecimal, hasSeparator, justOne, yearLike } from './candidate';
import type { Candidate } from './candidate';
import { NORM, isCjkCode, isDigitCode, isUpperCode } from './normalize';
import { atLineEnd, atLineStart, charsAfter, wordAfter, wordBefore } from './context';
import type { Word } from './context';
import { skipGap, skipGapBack } from './gaps';
import { tocPageNumber } from './toc';
import {
  MONTHS,
  EN_CODE_WORDS,
  CLOCK_HOUR_BEFORE,
  ZH_CODE_PREFIX,
  DURATION_CLAIM_BEFORE,
  DURATION_FRAME_BEFORE,
  DURATION_FRAME_AFTER,
  ZH_DETERMINER,
  continuesCodeList,
  inIdiom,
} from './noise-words';
import { continuesWrappedProse, inBookTitle, inShortQuote, isHeadingLine, opensEventName } from './names';
import { inUnitCaption } from './unit-spec-in';
import { CURRENCY_PREFIX } from './units';
import { inUnitCell } from './unit-cell';
import { VERB_NOISE_RULES } from './noise-verbs';
import { CONSTANT_NOISE_RULES } from './noise-constants';
import { RETURN_PERIOD_NOISE_RULES } from './noise-return-period';
import { PHRASE_NOISE_RULES, averagedDuration, priorPeriodValue, recordedOne, statedBare } from './noise-phrases';

// Numbers that are not claimed figures (GUIDELINES.md, "Exclude"). Each rule is one named
// predicate over a candidate and the text around it; `noiseReason` returns the first that fires.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

/** The words around a candidate, read once and shared by the rules. */
export class Around {
  private before?: Word | null;
  private after?: Word | null;
  constructor(
    readonly text: string,
    readonly c: Candidate,
  ) {}
  /** The ASCII word just before the figure (same line). */
  get prevWord(): Word | null {
    if (this.before === undefined) this.before = wordBefore(this.text, this.c.start);
    return this.before;
  }
  /** The ASCII word just after the figure's span (same line). */
  get nextWord(): Word | null {
    if (this.after === undefined) this.after = wordAfter(this.text, this.c.end);
    return this.after;
  }
}

export interface NoiseRule {
  name: string;
  drop: (text: string, c: Candidate, around: Around) => boolean;
}

const prevZh = (text: string, c: Candidate): boolean | null => {
  const m = ZH_CODE_PREFIX.matchBackward(text, skipGapBack(text, c.start, 0));
  return m ? m.value : null;
};

/** Whether a tab or a column's run of spaces stands between `from` and `to`: the number is in a cell of its own. */
const cellBoundary = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x09 || (c === 0x20 && text.charCodeAt(k + 1) === 0x20)) return true;
  }
  return false;
};

/** The rules, in the order they are tried. */
export const NOISE_RULES: NoiseRule[] = [
  { name: 'article-one', drop: (text, c) => justOne(c) && !priorPeriodValue(text, c) && !recordedOne(text, c) },
  { name: 'page-or-toc-number', drop: (_t, c) => c.form.script === 'arabic' && c.form.leadingZero },
  {
    name: 'table-of-contents-entry',
    drop: (text, c) =>
      c.form.script === 'arabic' && (c.kind === 'none' || c.kind === 'noun') && !c.reading.scaled && !c.reading.currency &&
      c.qualifier === 'exact' && !c.form.decimal && !c.form.separator && (c.valueMax ?? c.value) < 1000 && tocPageNumber(text, c.numStart, c.reading.range === 'none' ? c.numEnd : c.end),
  },
  {
    name: 'bare-number',
    drop: (text, c) =>
      c.kind === 'none' && !c.reading.scaled && c.qualifier === 'exact' && !c.reading.currency && !c.reading.vague && !c.context.tableCell &&
      (c.reading.range !== 'none' || (!hasSeparator(c) && !hasDecimal(c))) && !statedBare(text, c),
  },
  {
    name: 'version-number',
    drop: (text, c, a) => {
      if (c.kind !== 'none' || !hasDecimal(c) || c.reading.scaled || c.reading.currency) return false;
      const w = a.prevWord;
      return w !== null && w.end === skipGapBack(text, c.start, 0) && w.capitalized && !cellBoundary(text, w.end, c.start);
    },
  },
  {
    name: 'year',
    drop: (_t, c) =>
      yearLike(c) && !c.reading.scaled && !c.reading.currency && (c.kind === 'none' || c.kind === 'noun' || c.kind === 'year' || c.kind === 'date' || c.kind === 'decade' || c.kind === 'generation') && (c.qualifier === 'exact' || c.kind !== 'noun'),
  },
  { name: 'period', drop: (_t, c) => c.reading.range === 'years' },
  { name: 'zh-year', drop: (_t, c) => c.form.script === 'zh' && c.form.digitString },
  // `326日` counts days: no month has more than 31
  { name: 'date', drop: (_t, c) => (c.kind === 'date' && !(c.unit === '日' && c.value > 31)) || c.kind === 'decade' },
  {
    name: 'date-with-month-name',
    drop: (text, c, a) => {
      if (c.form.script !== 'arabic' || c.reading.scaled || c.reading.currency || c.kind === 'percent' || c.value > 9999) return false;
      const before = a.prevWord;
      if (before && MONTHS.has(before.word)) return true;
      const after = c.numEnd === c.end ? a.nextWord : wordAfter(text, c.numEnd);
      return after !== null && MONTHS.has(after.word) && c.value <= 31;
    },
  },
  {
    name: 'time-of-day',
    drop: (_t, c, a) => {
      if (c.value > 24 || c.kind !== 'none') return false;
      const after = a.nextWord;
      return after !== null && (after.word === 'am' || after.word === 'pm' || after.word === 'a.m' || after.word === 'p.m');
    },
  },
  { name: 'age-or-generation', drop: (_t, c) => c.kind === 'age' || c.kind === 'generation' },
  {
    name: 'aged',
    drop: (_t, c, a) => {
      if (c.value > 130) return false;
      const w = a.prevWord;
      return w !== null && (w.word === 'aged' || w.word === 'age' || w.word === 'ages');
    },
  },
  { name: 'temperature', drop: (_t, c) => c.kind === 'temperature' },
  {
    name: 'clock-time',
    // 凌晨 3 点 12 分, 下午2时30分: the minutes of a time of day
    drop: (text, c) => c.unit === '分' && CLOCK_HOUR_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)),
  },
  { name: 'ordinal', drop: (_t, c) => c.kind === 'ordinal' || c.kind === 'code' },
  { name: 'threshold', drop: (_t, c) => c.context.threshold },
  {
    name: 'code-word-before',
    drop: (text, c, a) => {
      // a code carries no scale word: `CASE 5 亿` is 500 million, `Top 10` is a rank; in Chinese
      // numerals 十, 百 and 千 are places of the number, not scale words (`前十大供应商` is a rank)
      const scaleWord = c.reading.scaled && c.end > c.numEnd && (c.form.script !== 'zh' || c.value >= 1e4);
      if (c.reading.currency || scaleWord) return false;
      const w = a.prevWord;
      // a code word in the cell before (`Employees\tnumber\t5,326`) labels the row; a code carries
      // no unit of measure (`We target 12 GW` is capacity, `Target 7` a code)
      const spaced = w !== null && !cellBoundary(text, w.end, c.start);
      if (w && spaced && c.kind !== 'measure' && EN_CODE_WORDS.has(w.word) && skipGapBack(text, c.start, 0) - w.end <= 1 && (w.word.length > 1 || code(text, w.end) === 0x2e)) {
        // "Top 10", "GRI 102", "No. 1" – but not "over 10" or a percentage after "Scope 1 emissions fell"
        return c.kind !== 'percent' || w.word === 'sdg';
      }
      return prevZh(text, c) === true || continuesCodeList(text, c.start);
    },
  },
  {
    name: 'relative-or-framing-duration',
    drop: (text, c) => {
      if (c.kind !== 'year' && c.kind !== 'duration') return false;
      const after = DURATION_FRAME_AFTER.matchForward(text, skipGap(text, c.end, 0));
      if (after) return true;
      const g = skipGapBack(text, c.start, 1);
      if (c.qualifier === 'exact' && DURATION_CLAIM_BEFORE.matchBackward(text, g)) return false;
      if (DURATION_FRAME_BEFORE.matchBackward(text, g)) return true;
      return c.kind === 'year' && c.qualifier === 'exact' && !averagedDuration(text, c);
    },
  },
  {
    name: 'half-year',
    drop: (text, c, a) => {
      if (c.form.script !== 'en' || c.value !== 50 || c.kind !== 'percent') return false;
      const after = wordAfter(text, c.end, 1);
      const before = a.prevWord;
      if (after && (after.word === 'a' || after.word === 'an' || after.word.startsWith('year') || after.word === 'hour' || after.word === 'day' || after.word === '-year')) return true;
      if (code(text, c.end) === 0x2d) return true; // half-year
      return before !== null && (before.word === 'first' || before.word === 'second');
    },
  },
  {
    name: 'section-number',
    // "1 修复绿色星球", "2 Support Employee Development", "2 支持员工发展": numbered headings
    drop: (text, c) => {
      if (c.value >= 100 || c.reading.scaled || c.reading.currency || hasSeparator(c) || c.qualifier !== 'exact' || c.form.script === 'en' || c.context.tableCell) return false;
      if (!atLineStart(text, c.start) || continuesWrappedProse(text, c.start)) return false;
      if (c.kind === 'none') return true;
      const noun = c.context.noun;
      if (c.kind === 'noun') return noun !== null && (noun.capitalized || (noun.spaced && isCjkCode(c.unit.charCodeAt(0))));
      return c.value < 10 && code(text, c.numEnd) === 0x20 && isHeadingLine(text, c.start);
    },
  },
  {
    name: 'zh-spaced-noun',
    drop: (_t, c) =>
      c.kind === 'noun' && c.context.noun?.spaced === true && isCjkCode(c.unit.charCodeAt(0)) && !c.reading.scaled && c.qualifier === 'exact' && !hasSeparator(c) && c.form.script !== 'en',
  },
  {
    name: 'long-id',
    drop: (_t, c) =>
      c.form.script === 'arabic' && !c.form.decimal && !c.form.separator && c.form.intDigits >= 5 && !c.reading.scaled && (c.kind === 'none' || c.kind === 'noun'),
  },
  {
    name: 'zh-numeral-without-measure',
    drop: (_t, c) => {
      if (c.form.script !== 'zh') return false;
      const pureScale = c.form.pureScale;
      if (pureScale && !c.reading.vague && c.qualifier === 'exact' && c.value >= 100 && c.value < 1e6) return true; // 千牛, 万物, 百度 (but 十个)
      if (c.kind === 'noun') return !(c.reading.scaled && c.value >= 1e4); // 千万小微商户, but not 三方
      return c.kind === 'none' && !c.reading.vague && !(pureScale && c.qualifier !== 'exact');
    },
  },
  {
    name: 'unit-statement',
    // `总能耗量 ( 百万瓦时 )`, `单位：亿元`, `工伤人数 / 百万工作小时`, `每百万工时`: a scale in words
    // stating a unit or a rate's base; or alone in a table's unit cell (`总工时\t百万工时\t86.42`)
    drop: (text, c) => {
      // `(amounts x €1,000)`: the power of ten after a multiplier in a statement of unit
      if (c.form.script === 'arabic') return /[x×]\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)) && inUnitCaption(text, c.start, c.end);
      if (!c.reading.scaled) return false;
      // a rate's base may name its currency before the scale (`公噸CO2e/新台幣百萬元`)
      const g = skipGapBack(text, c.start, 0);
      const currency = CURRENCY_PREFIX.matchBackward(text, g);
      const before = code(text, skipGapBack(text, currency ? currency.end : g, 0) - 1);
      if (before === 0x2f || before === 0x6bcf || inUnitCaption(text, c.start, c.end)) return true;
      return c.form.script === 'zh' && c.form.pureScale && code(text, c.start - 1) === 0x09 && (code(text, c.end) === 0x09 || atLineEnd(text, c.end));
    },
  },
  { name: 'unit-cell', drop: (text, c) => inUnitCell(text, c) },
  { name: 'zh-very', drop: (_t, c) => c.form.script === 'zh' && c.unit === '分' },
  // `两位数增长`, `个位数`: how many digits a number has (double-digit growth), not a count of people
  { name: 'digit-count', drop: (text, c) => c.unit === '位' && code(text, c.end) === 0x6570 },
  {
    name: 'formula-operand',
    // `事故率 = 事故起数 ÷ 总工时 × 1,000,000`: a constant of a formula defining a metric
    drop: (text, c) => {
      const before = code(text, skipGapBack(text, c.start, 0) - 1);
      if (before !== 0xd7 && before !== 0xf7) return false;
      const ls = text.lastIndexOf('\n', c.start - 1) + 1;
      return /[=＝]/.test(text.slice(ls, c.start));
    },
  },
  {
    name: 'name-suffix',
    drop: (text, c) => {
      // "95公益周", "10X1000科技普惠计划": a glued number naming an event or programme
      if (c.form.script !== 'arabic' || c.reading.scaled || c.kind !== 'noun' || c.context.noun?.spaced === true) return false;
      const after = charsAfter(text, c.end, 5);
      return /^(?:[\u4e00-\u9fff]{1,4}[周节日计划工程杯奖赛]|活动|大促|购物节)/.test(after);
    },
  },
  // `99 Giving Day`: the English counterpart of `95公益周`
  { name: 'event-name', drop: (text, c) => c.form.script === 'arabic' && !c.reading.scaled && c.kind === 'noun' && opensEventName(text, c.numEnd) },
  {
    name: 'multiplier-name',
    drop: (text, c) => (code(text, c.numEnd) === 0x58 || code(text, c.numEnd) === 0x78) && isDigitCode(code(text, c.numEnd + 1)),
  },
  {
    name: 'anaphoric-count',
    // "这两位", "the two people mentioned above": a reference back, not a new claim
    drop: (text, c, a) => {
      if (c.form.script === 'arabic' || c.value > 10 || c.reading.scaled) return false;
      if (c.form.script === 'en') {
        const w = a.prevWord;
        return w !== null && (w.word === 'the' || w.word === 'these' || w.word === 'those');
      }
      return ZH_DETERMINER.matchBackward(text, c.start) !== null;
    },
  },
  { name: 'quoted-name', drop: (text, c) => c.form.script !== 'en' && inShortQuote(text, c.start, c.end) },
  { name: 'book-title', drop: (text, c) => c.form.script !== 'en' && inBookTitle(text, c.start) },
  // a set phrase written in digits too (`24节气`, `世界500强`)
  { name: 'idiom', drop: (text, c) => inIdiom(text, c.numStart) },
  {
    name: 'capitalized-code',
    drop: (text, c, a) => {
      // "Alipay 2.0", "Windows 10": a capitalised word glued by one space to a bare number
      if (c.kind !== 'none' || c.reading.scaled || c.reading.currency || c.qualifier !== 'exact' || c.form.script !== 'arabic') return false;
      // a cell after a tab (`Fatalities\t0`) is a value in its row, not a version
      const w = a.prevWord;
      return w !== null && w.capitalized && c.start - w.end === 1 && code(text, w.end) !== 0x09 && isUpperCode(code(text, w.start)) && !c.form.separator;
    },
  },
  ...PHRASE_NOISE_RULES,
  ...VERB_NOISE_RULES,
  ...CONSTANT_NOISE_RULES,
  ...RETURN_PERIOD_NOISE_RULES,
];

/** The first noise rule that rejects the candidate, or null when it is a claimed figure. */
export function noiseReason(text: string, c: Candidate): string | null {
  const around = new Around(text, c);
  for (const rule of NOISE_RULES) if (rule.drop(text, c, around)) return rule.name;
  return null;
}

