import { NORM } from './normalize';
import { PhraseTable } from './trie';
import { isWhiteSpace } from './cell-lines';

// The words noise.ts looks for around a number: what makes it a code, a date, a rank, an idiom or a
// framing duration rather than a claimed figure (GUIDELINES.md, "Exclude").

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
  'iphone', 'level', 'category', 'categories', 'cat', 'type', 'unit', 'line', 'lines', 'tel', 'phone', 'fax', 'hotline', 'ext',
  'code', 'id', 'isbn', 'issn', 'doi', 'case', 'fy', 'week', 'day', 'en', 'gb', 'iec', 'ieee', 'ul',
  'aa', 'isae', 'ssae', 'hkex', 'esg', 'kpi', 'kpis', 'lesson', 'session', 'episode', 'season', 'grades', 'number',
]);

/** An hour of the clock just before the minutes: `3 点 `, `2时`. */
export const CLOCK_HOUR_BEFORE = /\d\s*[点时]\s*$/;

/** The last characters of CODE_LIST_BEFORE's joiners. */
const LIST_JOINER_END = new Set(Array.from(',&/dDrRoO', (ch) => ch.charCodeAt(0)));
/**
 * A code word covers the numbers listed after it: `Scope 1 and 2`, `SDGs 3, 5 and 13`,
 * `GRI 302-1 and 302-3`. Looked for only in the few characters before the number.
 */
const CODE_LIST_BEFORE = /\b([a-z]+)\.?\s*\d[\d.-]*(?:\s*(?:,|&|\/|and|or|to)\s*\d[\d.-]*)*\s*(?:,|&|\/|\band|\bor|\bto)\s*$/i;

export function continuesCodeList(text: string, start: number): boolean {
  // cheap first: the list's joiner (`,` `&` `/` `and` `or` `to`) is the last thing before the number but white space
  const from = Math.max(0, start - 60);
  let k = start - 1;
  while (k >= from && isWhiteSpace(text.charCodeAt(k))) k--;
  if (k < from || !LIST_JOINER_END.has(text.charCodeAt(k))) return false;
  const match = CODE_LIST_BEFORE.exec(text.slice(from, start));
  if (match === null) return false;
  const word = match[1]!.toLowerCase();
  return EN_CODE_WORDS.has(word) && !percentAfter(text, start) && (word !== 'fy' || yearAt(text, start));
}

/** Two or four digits and no decimal at `start`: a year, which a list opened by `FY` (`FY2022 and 2023`) continues with. */
const YEAR_AT = /^(?:\d{2}|\d{4})(?!\d|[.,]\d)/;
const yearAt = (text: string, start: number): boolean => YEAR_AT.test(text.slice(start, start + 8));

/** Whether a percent sign ends the number at `start` (`94% of Tier 1 and 71% of Tier 2`): a share, which no code is. */
function percentAfter(text: string, start: number): boolean {
  let k = start;
  let ch = text.charCodeAt(k);
  while ((ch >= 0x30 && ch <= 0x39) || ch === 0x2e || ch === 0x2c) ch = text.charCodeAt(++k);
  while (text.charCodeAt(k) === 0x20) k++;
  return text.charCodeAt(k) === 0x25 || text.charCodeAt(k) === 0xff05;
}

/** Chinese words before a number that make it an identifier, a rank or an ordinal; `null` entries block a shorter match (`目前` is not `前`). */
export const ZH_CODE_PREFIX = new PhraseTable<boolean>([
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
  '四位一体', '三位一体', '五位一体', '一站式', '一对一', '1对1', '一对多', '1对多', '多对一', '一揽子', '一带一路', '三农', '十全十美', '千方百计', '四面八方', '五花八门',
  '七上八下', '万无一失', '一心一意', '独一无二', '一举两得', '三心二意', '九牛一毛', '千家万户', '千军万马',
  '万众一心', '一五一十', '百花齐放', '百年大计', '千里之行', '千差万别', '万紫千红', '成千上万', '三番五次', '四通八达',
  '十四五', '十三五', '双十一', '双11', '双12', '一流', '一线', '二线', '三线', '四线', '五线', '百分百', '百里挑一',
  '三言两语', '三年五载', '两全其美', '一分为二', '十字路口', '八仙过海', '九九重阳', '百闻不如一见', '万物', '万象',
  '千禧', '百强', '五百强', '世界500强', '中国500强', '双碳', '双循环', '双创', '三好', '五好', '一二线', '三四线',
  '四五线', '百姓', '千年', '万里', '万能', '亿万富翁', '半边天', '半导体', '半径', '一半以上', '一成不变',
  // adverbs: 万一 (in case), 千万 before a command (千万不要, by no means)
  '万一', '千万不', '千万别', '千万要', '千万莫', '千万记',
  // the traditional calendar's solar terms, a name (`根据24节气推出时令菜`)
  '二十四节气', '24节气',
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
export const DURATION_CLAIM_BEFORE = new PhraseTable<boolean>([
  ['连续', true], ['长达', true], ['持续', true], ['累计', true], ['达', true], ['已', true], ['历时', true], ['坚持', true],
  ['for', true], ['consecutive', true], ['every', true], ['每', true], ['each', true], ['nearly', true], ['over', true],
  ['average age of', true], ['average age', true], ['an average of', true],
  // `last` as the verb, how long something lasts (`Reserves would last 14 years`; not `over the last 14 years`)
  ...['would', 'will', 'could', 'can', 'should', 'may', 'might', 'to'].map((w) => [`${w} last`, true] as const),
  // a duration a change is measured in (`配送时长缩短1.5分钟`, `提前3天`)
  ['缩短', true], ['延长', true], ['减少', true], ['节省', true], ['节约', true], ['提前', true], ['增加', true],
  // and the length it was changed to (`将服务器维保延长至 5 年`)
  ['延长至', true], ['延长到', true], ['缩短至', true], ['缩短到', true],
  // how long something has gone on, told as done (`已经与阿里巴巴成功合作了 6 年`, `坚持了 8 年`)
  ['合作了', true], ['坚持了', true], ['持续了', true], ['运营了', true], ['经营了', true], ['服务了', true], ['工作了', true],
]);

/** Words before a duration that make it frame another claim (`within four years`, `过去5年`). */
export const DURATION_FRAME_BEFORE = new PhraseTable<boolean>([
  ['within', true], ['in', true], ['during', true], ['past', true], ['last', true], ['after', true], ['next', true],
  ['over the past', true], ['in the past', true], ['the past', true], ['the last', true], ['the next', true], ['first', true],
  ['过去', true], ['近', true], ['未来', true], ['在', true], ['短短', true], ['仅用', true], ['用了', true], ['经过', true],
  ['这', true], ['那', true], ['前', true], ['后', true], ['最近', true], ['此后', true], ['短', true],
  // `参加为期6个月的计划`: the length of a programme the claim is about
  ['为期', true], ['為期', true],
]);

/** Words right after a duration that make it relative or framing (`14年前`, `ten years ago`, `15年间`). */
export const DURATION_FRAME_AFTER = new PhraseTable<boolean>([
  ['前', true], ['后', true], ['以来', true], ['来', true], ['间', true], ['内', true], ['之内', true], ['里', true],
  ['之后', true], ['之前', true], ['以后', true], ['以前', true], ['中', true], ['ago', true], ['later', true],
  ['earlier', true], ['before', true], ['after', true], ['from now', true], ['since', true], ['old', true], ['of age', true],
  // a reporting period: `the 52 weeks ended 29 March`, `six months ending 30 June`
  ['ended', true], ['ending', true],
  // an amount of time that is the thing counted, not a frame: `6,000 小时内容` (hours of content)
  ['内容', false],
  // the length of each lesson or clip a count is of (`1,000 多节 3 分钟短视频课`, `5天课堂学习`)
  ['课堂', true], ['课程', true], ['短视频', true], ['视频课', true],
]);

export const ZH_DETERMINER = new PhraseTable<boolean>([['这', true], ['那', true], ['该', true], ['此', true], ['上述', true], ['这些', true], ['提到的', true]]);

/** `12 省（自治区、直辖市）`, `19 国`: places a report counts without a measure word (not `市场`, `市值`). */
export const PLACES = /^(?:省(?:份|市|区)?|市(?![场值民])|县|国(?!内|际)|城(?!乡)|镇|村(?!民))/;
