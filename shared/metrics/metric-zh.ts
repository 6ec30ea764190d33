// What a Chinese figure counts or measures. A Chinese clause names its metric before the number
// and joins them with a verb (`女性员工占49.5%`, `温室气体总排放量为1324.9万吨`), or counts a noun
// after a measure word (`4,960 个儿童`). The phrase before the number loses its leading time and
// actor words and its joining verb; a `……的` modifier keeps only its head; a bracket names a scope
// and is dropped. Rules over the clause, no list of metrics.

import { ClauseSeparators, clauseBounds, cleanPhrase } from './clause';
import { zhBoundWords } from '../extraction/qualifiers';

// The bounds the extraction reads before a number (`将近`, `突破`, `不足`, `最高可达`: `qualifiers.ts`), longest first; then verbs
// and adverbs that join a metric to its number, longest first, as the clause's last words, before the one-character words inside them.
const JOINERS = [
  ...zhBoundWords(['over', 'nearly', 'about', 'under', 'up_to']),
  '达到了', '达到', '约达', '超过了', '共计', '累计', '合计', '总计', '总共',
  '为', '達', '达', '是', '有', '占', '佔', '合共', '共', '计', '上', '了', '到', '至', '比', '率',
  // the traditional forms of those that differ (`總用電量為`, `排放量合計為`)
  '達到了', '達到', '約達', '超過了', '共計', '累計', '合計', '總計', '總共', '為', '計',
];
const LEADING = /^(?:其中|此外|同时|另外|目前|截至[^，,]*?[日月年底末]|截止[^，,]*?[日月年底末]|\d{4}\s*(?:财年|年度|年)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|我们|我們|本集团|本集團|集团|集團|公司|全年|当年|當年|累计|累計|共有|拥有|擁有|现有|現有|共|实现|實現|完成|录得|錄得|取得|开展|開展)+/;
const MEASURE_WORD = /^[个家项人名位次件款套户场笔条所座台辆张份间只本篇部门节支组批种类]$/;
const NOUN_AFTER = /^\s*([\u4e00-\u9fff]{1,8}?)(?=[，,。；;、：:（()）的\s]|和|及|与|参与|获得|通过|提供|完成|使用|受益|中|$)/;

/** What parts a Chinese figure's clause. */
const CLAUSE_SEPARATORS = new ClauseSeparators(/[，,。；;：:\n]/);

/** The metric of the Chinese figure at `[start, end)` whose unit is `unit`, or undefined. */
export function chineseMetric(text: string, start: number, end: number, unit: string, sentence: { start: number; end: number }): string | undefined {
  const clause = clauseBounds(text, sentence, start, end, CLAUSE_SEPARATORS);
  const before = headOf(stripJoiners(stripLeading(dropBrackets(cleanPhrase(text.slice(clause.start, start)))))) ?? labelAbove(text, start);
  const noun = countedNoun(text, end, clause.end, unit);
  const parts = [before, noun].filter((p): p is string => p !== undefined && p.length >= 1);
  if (parts.length === 0) return undefined;
  return parts.join(' ');
}

/** The last clause of a line, when it ends in words (no stop): a highlight's label (`爱心网友`), or prose wrapped before its figure (`…，月活跃用户达`). */
const LINE_TAIL = /(?:^|[，,；;：:。])\s*([^，,；;：:。\d]{2,24}?)\s*$/;
/** What may stand before such a figure on its line: a qualifier (`近3,100万人次`, `超过 12 万`). */
const BEFORE_ON_LINE = /^[ \t\u3000]*(?:近|约|約|超过|超過|逾|超|累计|累計)?[ \t\u3000]*$/;

/**
 * The words a figure that opens its line runs on from: a highlight's label on the line above
 * (`爱心网友⏎近3,100万人次`), or the last clause of a line of prose wrapped before the figure
 * (`…，月活跃用户达⏎6.48 亿`) — a line break parts no clause of Chinese.
 */
function labelAbove(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart < 2 || !BEFORE_ON_LINE.test(text.slice(lineStart, start))) return undefined;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trimEnd();
  const tail = LINE_TAIL.exec(above)?.[1];
  return tail && /[\u3400-\u9fff]{2}/.test(tail) && !/\t| {2,}/.test(tail) ? headOf(stripJoiners(stripLeading(dropBrackets(cleanPhrase(tail))))) : undefined;
}

/** The noun a figure counts: its unit when that is a noun (`视障用户`), else the words after a measure word (`儿童`). */
function countedNoun(text: string, end: number, clauseEnd: number, unit: string): string | undefined {
  if (/[\u4e00-\u9fff]{2,}/.test(unit) && !MEASURE_WORD.test(unit)) return unit;
  const after = cleanPhrase(text.slice(end, Math.min(clauseEnd, end + 24)));
  const m = NOUN_AFTER.exec(after);
  return m ? m[1] : undefined;
}

function dropBrackets(phrase: string): string {
  return phrase.replace(/[（(][^（()）]*[)）]/g, '').replace(/[「」“”"《》【】]/g, '').replace(/\s+/g, '');
}

function stripLeading(phrase: string): string {
  return phrase.replace(LEADING, '');
}

/** The last characters of the joiners, by code: a phrase ending in none of them has none to strip. */
const JOINER_ENDS = new Set(JOINERS.map((joiner) => joiner.charCodeAt(joiner.length - 1)));

function stripJoiners(phrase: string): string {
  let p = phrase.replace(/[-–—]/g, '');
  for (let again = true; again && JOINER_ENDS.has(p.charCodeAt(p.length - 1)); ) {
    again = false;
    for (const joiner of JOINERS) {
      if (p.endsWith(joiner)) {
        p = p.slice(0, -joiner.length);
        again = true;
        break;
      }
    }
  }
  return p;
}

/** The head of a `……的……` phrase, when the head is itself a phrase (`范围之内的直接温室气体排放` → `直接温室气体排放`). */
function headOf(phrase: string): string | undefined {
  const i = phrase.lastIndexOf('的');
  const head = i >= 0 && phrase.length - i - 1 >= 2 ? phrase.slice(i + 1) : phrase;
  return head.length >= 2 && /[\u4e00-\u9fff]/.test(head) ? head.slice(-16) : undefined;
}
