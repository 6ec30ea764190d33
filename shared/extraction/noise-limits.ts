import type { NoiseRule } from './noise';
import { skipGapBack } from './gaps';
import { lineStartWithin } from './lines';
import { textBeforeAcrossWrap } from './context';
import { codeAt as code } from './normalize';

// Numbers that set a frame rather than report a result: a chart's axis unit in brackets under its
// values (`(RMB100 million)`, `(100 million participations)`), the limits of a product or a rule
// (`a single donation starting from RMB 2 yuan and maximum total amount of RMB 100,000`), and the
// condition of a `当…时` clause (`当室内温度高于 26 摄氏度时，可以开空调`, `当两种语言文本有差异时，`) or of a `when … higher than`
// one (`AC is allowed when the indoor temperature is higher than 26 degrees`), and the top of a
// score's scale (`88.66分（满分90分）`).

/** `1`, `10`, `100`, `1,000`, `10,000`: the power of ten an axis is counted in. */
const POWER_OF_TEN = /^1(?:,?0)*$/;
/** What may stand between the axis unit's number and its closing bracket: a scale, a noun. */
/** A chart's title before its axis unit on one line: words, no figure, no clause. */
const AXIS_TITLE = /^[^\d,;，；。]*$/;
const MAX_AXIS_TITLE = 60;
const AXIS_REST = /^[\sA-Za-z\u3400-\u9fff-]{0,32}[)）][ \t]*(?:\r?\n|$)/;

// read across a PDF's wrap of prose (`maximum total⏎amount of RMB 100,000`: context.ts's textBeforeAcrossWrap)
const LIMIT_BEFORE = /\b(?:start(?:s|ing)? (?:from|at)|(?:a |the )?(?:minimum|maximum)(?: total)?(?: amount)?(?: of)?)\s*$/i;

/** A clause's end: the `当…时` of a condition never runs across one. */
const CLAUSE_END = /[，。；,;！？]/;
/** `时` closing the condition, followed by the clause's comma (`高于 26 摄氏度时，`), not the `时` of `小时`. */
const WHEN_END = /^[^，。；,;]{0,8}?(?<![小按及同实适准临历届])[时時][，,、]/;

/** `when the indoor temperature is higher than`: a comparison inside a `when`/`if` clause, right before the number. */
const EN_WHEN = /\b(?:when|whenever|if|once)\b[^.;,:]{0,60}\b(?:higher|lower|above|below|exceeds?|exceeding)(?: than)?\s*$/i;

/** `满分90分`, `满分为 100 分`: the scale a score is given on. */
const SCORE_SCALE_BEFORE = /满分[为是]?\s*$/;

const ZH_COMPARISON = /(?:高于|低于|超过|大于|小于|不足|少于|多于|不低于|不高于)\s*$/;
const COMPARISON_WORDS = new Set(['than', 'above', 'below', 'exceeds', 'exceed', 'exceeding']);

/** Whether a `时` stands within the reach of a condition's end after `end`. */
function whenWithin(text: string, end: number): boolean {
  for (let k = end, stop = Math.min(text.length, end + 12); k < stop; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x65f6 || ch === 0x6642) return true;
  }
  return false;
}

export const LIMIT_NOISE_RULES: NoiseRule[] = [
  {
    name: 'chart-axis-unit',
    drop: (text, c) => {
      const open = text.charCodeAt(skipGapBack(text, c.start, 0) - 1);
      if ((open !== 0x28 && open !== 0xff08) || !c.reading.scaled || !POWER_OF_TEN.test(text.slice(c.numStart, c.numEnd))) return false;
      // the bracket opens its line, or follows the chart's title on it (`Amount of fund raised
      // (RMB100 million)`, as a PDF joins them), and closes it
      const o = skipGapBack(text, c.start, 0) - 1;
      const ls = lineStartWithin(text, o, MAX_AXIS_TITLE);
      return ls >= 0 && AXIS_TITLE.test(text.slice(ls, o)) && AXIS_REST.test(text.slice(c.end, c.end + 40));
    },
  },
  {
    name: 'product-limit',
    drop: (text, c) => (c.reading.currency || c.kind === 'currency') && LIMIT_BEFORE.test(textBeforeAcrossWrap(text, c.start, 40)),
  },
  {
    name: 'score-scale',
    drop: (text, c) => {
      // cheap first: the 分 of 满分, or 为 / 是 after it, right before the number
      const ch = code(text, skipGapBack(text, c.start, 0) - 1);
      if (ch !== 0x5206 && ch !== 0x4e3a && ch !== 0x662f) return false;
      return SCORE_SCALE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start));
    },
  },
  {
    name: 'when-clause',
    drop: (text, c, a) => {
      // cheap first: the comparison's word right before the number, a `时` within reach after it
      if (c.form.script !== 'zh' && (code(text, c.start - 1) === 0x20 || code(text, c.start - 1) === 0x0a)) {
        const w = a.prevWord?.word;
        if (w !== undefined && COMPARISON_WORDS.has(w) && EN_WHEN.test(textBeforeAcrossWrap(text, c.start, 90))) return true;
      }
      if (c.form.script === 'en' || !whenWithin(text, c.end) || !WHEN_END.test(text.slice(c.end, c.end + 12))) return false;
      // the condition's subject right after 当 (`当两种语言文本有差异时`, `当1000万用户同时在线时`): a case
      // supposed, not a count the report claims
      const b = skipGapBack(text, c.start, 0);
      if (code(text, b - 1) === 0x5f53 /* 当 */ && code(text, b - 2) !== 0x76f8 /* 相 */) return true;
      const before = text.slice(Math.max(0, c.start - 16), c.start);
      // a threshold compares (`高于 26 摄氏度时`); a story's `当羊从 300 头养到 1000 头时` tells what happened
      if (!ZH_COMPARISON.test(before)) return false;
      const k = before.lastIndexOf('当');
      return k >= 0 && before[k - 1] !== '相' && before[k + 1] !== '年' && !CLAUSE_END.test(before.slice(k));
    },
  },
];
