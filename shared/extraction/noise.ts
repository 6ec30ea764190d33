import { hasDecimal, hasSeparator, justOne } from './candidate';
import type { Candidate } from './candidate';
import { NORM, isCjkCode, isDigitCode, isLetterCode, isUpperCode } from './normalize';
import { PhraseTable } from './trie';
import { atLineStart, charsAfter, wordAfter, wordBefore } from './context';
import type { Word } from './context';
import { skipGap, skipGapBack } from './gaps';
import { lineEndWithin, lineStartWithin } from './lines';
import { tocPageNumber } from './toc';
import { inUnitCaption } from './unit-spec';

// Numbers that are not claimed figures (GUIDELINES.md, "Exclude"). Each rule is one named
// predicate over a candidate and the text around it; `noiseReason` returns the first that fires.

const code = (text: string, i: number): number => (i >= 0 && i < text.length ? NORM[text.charCodeAt(i)]! : -1);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words before a number that make it an identifier, a reference or a rank. */
export const EN_CODE_WORDS = new Set([
  'sdg', 'sdgs', 'goal', 'goals', 'gri', 'iso', 'ohsas', 'sa', 'sasb', 'tcfd', 'no', 'nos', 'chapter', 'section', 'sections',
  'article', 'art', 'figure', 'fig', 'table', 'page', 'pages', 'p', 'pp', 'scope', 'scopes', 'phase', 'level', 'tier',
  'version', 'ver', 'v', 'vol', 'volume', 'step', 'grade', 'class', 'room', 'floor', 'box', 'route', 'model', 'appendix',
  'annex', 'principle', 'principles', 'target', 'targets', 'indicator', 'standard', 'item', 'part', 'clause', 'note',
  'notes', 'exhibit', 'stage', 'round', 'top', 'rank', 'ranked', 'ranking', 'covid', 'web', 'industry', 'windows',
  'iphone', 'level', 'category', 'cat', 'type', 'unit', 'line', 'lines', 'tel', 'phone', 'fax', 'hotline', 'ext',
  'code', 'id', 'isbn', 'issn', 'doi', 'case', 'fy', 'week', 'day', 'en', 'gb', 'iec', 'ieee', 'ul',
  'aa', 'isae', 'ssae', 'hkex', 'esg', 'kpi', 'kpis', 'lesson', 'session', 'episode', 'season', 'grades', 'number',
]);

/** An hour of the clock just before the minutes: `3 点 `, `2时`. */
const CLOCK_HOUR_BEFORE = /\d\s*[点时]\s*$/;

/**
 * A code word covers the numbers listed after it: `Scope 1 and 2`, `SDGs 3, 5 and 13`,
 * `GRI 302-1 and 302-3`. Looked for only in the few characters before the number.
 */
const CODE_LIST_BEFORE = /\b([a-z]+)\.?\s*\d[\d.-]*(?:\s*(?:,|&|\/|and|or|to)\s*\d[\d.-]*)*\s*(?:,|&|\/|\band|\bor|\bto)\s*$/i;

function continuesCodeList(text: string, start: number): boolean {
  const match = CODE_LIST_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return match !== null && EN_CODE_WORDS.has(match[1]!.toLowerCase());
}

/** Chinese words before a number that make it an identifier, a rank or an ordinal; `null` entries block a shorter match (`目前` is not `前`). */
const ZH_CODE_PREFIX = new PhraseTable<boolean>([
  ['第', true], ['范围', true], ['附录', true], ['附件', true], ['图', true], ['表', true], ['章', true], ['目标', true],
  ['条款', true], ['编号', true], ['序号', true], ['型号', true], ['版本', true], ['前', true], ['排名', true], ['排名第', true],
  ['位列', true], ['双', true], ['星期', true], ['周', true], ['礼拜', true], ['初', true], ['国标', true], ['代码', true],
  ['电话', true], ['热线', true], ['邮编', true], ['传真', true], ['原则', true], ['指标', true], ['准则', true], ['步骤', true],
  ['阶段', true], ['号', true], ['等级', true], ['级别', true], ['top', true], ['no.', true],
  ['目前', false], ['之前', false], ['此前', false], ['当前', false], ['提前', false], ['以前', false], ['空前', false],
  ['年前', false], ['月前', false], ['日前', false], ['前后', false], ['代表', false], ['发表', false], ['外表', false],
  ['仪表', false], ['地图', false], ['试图', false], ['意图', false], ['蓝图', false], ['每周', false], ['本周', false],
  ['一周', false], ['最初', false], ['起初', false], ['年初', false], ['月初', false], ['当初', false], ['之初', false],
  ['期初', false], ['成双', false], ['双双', false], ['商标', false], ['达标', false], ['目标是', false], ['目标为', false],
]);

/** Idioms and set phrases whose numerals count nothing. */
export const ZH_IDIOMS = [
  '四位一体', '三位一体', '五位一体', '一站式', '一揽子', '一带一路', '三农', '十全十美', '千方百计', '四面八方', '五花八门',
  '七上八下', '万无一失', '一心一意', '独一无二', '一举两得', '三心二意', '九牛一毛', '千家万户', '千千万万', '千军万马',
  '万众一心', '一五一十', '百花齐放', '百年大计', '千里之行', '千差万别', '万紫千红', '成千上万', '三番五次', '四通八达',
  '十四五', '十三五', '双十一', '双11', '双12', '一流', '一线', '二线', '三线', '四线', '五线', '百分百', '百里挑一',
  '三言两语', '三年五载', '两全其美', '一分为二', '十字路口', '八仙过海', '九九重阳', '百闻不如一见', '万物', '万象',
  '千禧', '百强', '五百强', '世界500强', '中国500强', '双碳', '双循环', '双创', '三好', '五好', '一二线', '三四线',
  '四五线', '百姓', '千年', '万里', '万能', '亿万富翁', '半边天', '半导体', '半径', '一半以上',
];

const IDIOM_INDEX: Map<number, Array<{ idiom: string; offset: number }>> = buildIdiomIndex();

function buildIdiomIndex(): Map<number, Array<{ idiom: string; offset: number }>> {
  const m = new Map<number, Array<{ idiom: string; offset: number }>>();
  for (const idiom of ZH_IDIOMS) {
    for (let k = 0; k < idiom.length; k++) {
      const c = idiom.charCodeAt(k);
      let list = m.get(c);
      if (!list) m.set(c, (list = []));
      list.push({ idiom, offset: k });
    }
  }
  return m;
}

/** Whether the character at `i` belongs to one of the set phrases in `ZH_IDIOMS`. */
export function inIdiom(text: string, i: number): boolean {
  const list = IDIOM_INDEX.get(code(text, i));
  if (!list) return false;
  for (const { idiom, offset } of list) {
    const s = i - offset;
    if (s < 0 || s + idiom.length > text.length) continue;
    let ok = true;
    for (let k = 0; k < idiom.length && ok; k++) ok = code(text, s + k) === idiom.charCodeAt(k);
    if (ok) return true;
  }
  return false;
}

/** Words before a year-like duration that make it the claim itself (`连续3年`, `for two or three years`). */
const DURATION_CLAIM_BEFORE = new PhraseTable<boolean>([
  ['连续', true], ['长达', true], ['持续', true], ['累计', true], ['达', true], ['已', true], ['历时', true], ['坚持', true],
  ['for', true], ['consecutive', true], ['every', true], ['每', true], ['each', true], ['nearly', true], ['over', true],
]);

/** Words before a duration that make it frame another claim (`within four years`, `过去5年`). */
const DURATION_FRAME_BEFORE = new PhraseTable<boolean>([
  ['within', true], ['in', true], ['during', true], ['past', true], ['last', true], ['after', true], ['next', true],
  ['over the past', true], ['in the past', true], ['the past', true], ['the last', true], ['the next', true], ['first', true],
  ['过去', true], ['近', true], ['未来', true], ['在', true], ['短短', true], ['仅用', true], ['用了', true], ['经过', true],
  ['这', true], ['那', true], ['前', true], ['后', true], ['最近', true], ['此后', true], ['短', true],
]);

/** Words right after a duration that make it relative or framing (`14年前`, `ten years ago`, `15年间`). */
const DURATION_FRAME_AFTER = new PhraseTable<boolean>([
  ['前', true], ['后', true], ['以来', true], ['来', true], ['间', true], ['内', true], ['之内', true], ['里', true],
  ['之后', true], ['之前', true], ['以后', true], ['以前', true], ['中', true], ['ago', true], ['later', true],
  ['earlier', true], ['before', true], ['after', true], ['from now', true], ['since', true], ['old', true], ['of age', true],
]);

const ZH_DETERMINER = new PhraseTable<boolean>([['这', true], ['那', true], ['该', true], ['此', true], ['上述', true], ['这些', true], ['提到的', true]]);

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

const yearLike = (c: Candidate): boolean =>
  c.form.script === 'arabic' && c.form.intDigits === 4 && !c.form.decimal && !c.form.separator && c.value >= 1900 && c.value <= 2100;

const prevZh = (text: string, c: Candidate): boolean | null => {
  const m = ZH_CODE_PREFIX.matchBackward(text, skipGapBack(text, c.start, 0));
  return m ? m.value : null;
};

/** The rules, in the order they are tried. */
export const NOISE_RULES: NoiseRule[] = [
  { name: 'article-one', drop: (_t, c) => justOne(c) },
  { name: 'page-or-toc-number', drop: (_t, c) => c.form.script === 'arabic' && c.form.leadingZero },
  {
    name: 'table-of-contents-entry',
    drop: (text, c) =>
      c.form.script === 'arabic' && (c.kind === 'none' || c.kind === 'noun') && !c.reading.scaled && !c.reading.currency &&
      c.qualifier === 'exact' && !c.form.decimal && !c.form.separator && c.value < 1000 && tocPageNumber(text, c.numStart, c.numEnd),
  },
  {
    name: 'bare-number',
    drop: (_t, c) =>
      c.kind === 'none' && !c.reading.scaled && c.qualifier === 'exact' && !c.reading.currency && !c.reading.vague && !c.context.tableCell &&
      (c.reading.range !== 'none' || (!hasSeparator(c) && !hasDecimal(c))),
  },
  {
    name: 'version-number',
    drop: (text, c, a) => {
      if (c.kind !== 'none' || !hasDecimal(c) || c.reading.scaled || c.reading.currency) return false;
      const w = a.prevWord;
      return w !== null && w.end === skipGapBack(text, c.start, 0) && w.capitalized;
    },
  },
  {
    name: 'year',
    drop: (_t, c) =>
      yearLike(c) && !c.reading.scaled && !c.reading.currency && (c.kind === 'none' || c.kind === 'noun' || c.kind === 'year' || c.kind === 'date' || c.kind === 'decade' || c.kind === 'generation') && (c.qualifier === 'exact' || c.kind !== 'noun'),
  },
  { name: 'period', drop: (_t, c) => c.reading.range === 'years' },
  { name: 'zh-year', drop: (_t, c) => c.form.script === 'zh' && c.form.digitString },
  { name: 'date', drop: (_t, c) => c.kind === 'date' || c.kind === 'decade' },
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
      // a code carries no scale word: `CASE 5 亿` is 500 million, `Top 10` is a rank
      if (c.reading.currency || (c.reading.scaled && c.end > c.numEnd)) return false;
      const w = a.prevWord;
      if (w && EN_CODE_WORDS.has(w.word) && skipGapBack(text, c.start, 0) - w.end <= 1 && (w.word.length > 1 || code(text, w.end) === 0x2e)) {
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
      return c.kind === 'year' && c.qualifier === 'exact';
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
      if (!atLineStart(text, c.start)) return false;
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
    // `总能耗量 ( 百万瓦时 )`, `单位：亿元`, `工伤人数 / 百万工作小时`: a scale in words stating a unit or a rate
    drop: (text, c) =>
      c.form.script !== 'arabic' && c.reading.scaled && (code(text, skipGapBack(text, c.start, 0) - 1) === 0x2f || inUnitCaption(text, c.start, c.end)),
  },
  { name: 'zh-very', drop: (_t, c) => c.form.script === 'zh' && c.unit === '分' },
  {
    name: 'name-suffix',
    drop: (text, c) => {
      // "95公益周", "10X1000科技普惠计划": a glued number naming an event or programme
      if (c.form.script !== 'arabic' || c.reading.scaled || c.kind !== 'noun' || c.context.noun?.spaced === true) return false;
      const after = charsAfter(text, c.end, 5);
      return /^(?:[\u4e00-\u9fff]{1,4}[周节日计划工程杯奖赛]|活动|大促|购物节)/.test(after);
    },
  },
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
  { name: 'idiom', drop: (text, c) => c.form.script === 'zh' && inIdiom(text, c.numStart) },
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
];

const MAX_HEADING = 30;

/** A short line without sentence punctuation: a heading or a table-of-contents entry. */
function isHeadingLine(text: string, i: number): boolean {
  const s = lineStartWithin(text, i, MAX_HEADING);
  const e = s < 0 ? -1 : lineEndWithin(text, i, MAX_HEADING - (i - s));
  if (s < 0 || e < 0) return false;
  for (let k = s; k < e; k++) {
    const c = code(text, k);
    if (c === 0xff0c || c === 0x3002 || c === 0x2c || c === 0xff1b) return false;
  }
  return true;
}

const OPEN_QUOTES = new Map([
  [0x300c, 0x300d], // 「」
  [0x300e, 0x300f], // 『』
  [0x201c, 0x201d], // “”
  [0x22, 0x22], // ""
]);
const CLOSE_QUOTES = new Set([0x300d, 0x300f, 0x201d]);

/** Whether `[s, e)` sits inside a short quotation (a name such as 「人人3小时」 or “7天无理由退换货”). */
function inShortQuote(text: string, s: number, e: number): boolean {
  const MAX = 14;
  let open = -1;
  for (let k = s - 1; k >= Math.max(0, s - MAX); k--) {
    const c = code(text, k);
    if (c === 0x0a || c === 0x3002 || CLOSE_QUOTES.has(c)) return false;
    if (OPEN_QUOTES.has(c)) {
      open = c;
      break;
    }
  }
  if (open < 0) return false;
  const close = OPEN_QUOTES.get(open)!;
  for (let k = e; k < Math.min(text.length, e + MAX); k++) {
    const c = code(text, k);
    if (c === close) return true;
    if (c === 0x0a || c === 0x3002 || OPEN_QUOTES.has(c) && c !== close) return false;
  }
  return false;
}

/** Whether `s` sits inside 《…》 on the same line. */
function inBookTitle(text: string, s: number): boolean {
  for (let k = s - 1; k >= Math.max(0, s - 40); k--) {
    const c = code(text, k);
    if (c === 0x300b || c === 0x0a) return false;
    if (c === 0x300a) return true;
  }
  return false;
}

/** The first noise rule that rejects the candidate, or null when it is a claimed figure. */
export function noiseReason(text: string, c: Candidate): string | null {
  const around = new Around(text, c);
  for (const rule of NOISE_RULES) if (rule.drop(text, c, around)) return rule.name;
  return null;
}

export const isCjkAt = (text: string, i: number): boolean => isCjkCode(code(text, i));
export const isLetterAt = (text: string, i: number): boolean => isLetterCode(code(text, i));
