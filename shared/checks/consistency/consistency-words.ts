// Small readers of metric wording shared by the consistency modules: a Chinese metric's Han
// characters and character pairs, a breakdown row's `其中：` set aside, what a `…总数` metric totals
// (and `在册员工`, the people on the register).

/** A text metric of a total: what is counted, then `总数` (`员工总数`, `温室气体排放总量`). */
const TOTAL_OF = /^([\u3400-\u9fff]{2,}?)(?:总人数|總人數|总数|總數|总量|總量|总额|總額|合计|合計|总计|總計)$/;

/**
 * The people on a company's register or in post (`在册员工`, `在职职工人数`): all of its 员工 or 职工, its
 * headcount, as much as a `员工总数` is.
 */
const ON_THE_ROLL = /^(?:在册|在冊|在职|在職|在岗|在崗)(员工|員工|职工|職工)(?:人数|人數|总数|總數)?$/;

export const totalOf = (metric: string | undefined) => {
  const han = hanOf(metric);
  return TOTAL_OF.exec(han)?.[1] ?? ON_THE_ROLL.exec(han)?.[1];
};

/** A breakdown row's opening word and its colon (`其中：范围一`): the row is the part, not the word. */
const BREAKDOWN_LABEL = /^(?:其中|包括|含)\s*[：:]\s*/;

/** The first characters of `其中`, `包括` and `含`: a metric opening with none of them keeps its string, unread by the pattern (asked of every figure). */
const BREAKDOWN_FIRST = new Set([0x5176, 0x5305, 0x542b]);

export const withoutBreakdownWord = (metric: string | undefined) => (metric && BREAKDOWN_FIRST.has(metric.charCodeAt(0)) ? metric.replace(BREAKDOWN_LABEL, '') : metric);

/**
 * Han characters only: a Chinese metric as its words, without the figures and marks around them.
 * Read by character codes (asked of metric pairs in the consistency loop): a text all Han is returned as it is.
 */
export function hanOf(text: string | undefined): string {
  if (!text) return '';
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) continue;
    if (i > run) out += text.slice(run, i);
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

/** A Han text's overlapping character pairs (`乡村服务站`: `乡村`, `村服`, …). */
export const pairsOf = (han: string) => Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2));

/**
 * Two Chinese metrics that say the same two-character words in another order (`出栏生猪`, `生猪出栏量`):
 * the shorter, read as words of two characters, has each of them in the longer, which adds at most a
 * measure's character at its end (`量`, `数`, `额`). Their character pairs differ where the words meet.
 */
export function reorderedWords(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || short.length % 2 !== 0 || long.length > short.length + 1 || short === long) return false;
  if (long.length > short.length && !MEASURE_CHARS.has(long.charCodeAt(long.length - 1))) return false;
  for (let i = 0; i < short.length; i += 2) if (!long.includes(short.slice(i, i + 2))) return false;
  return true;
}

/** Characters that close a metric with what it measures, not what of (`量`, `数`, `额`, traditional too). */
const MEASURE_CHARS = new Set([...'量数數额額'].map((c) => c.charCodeAt(0)));

/**
 * A metric that is only the comparison introducing a prior value (`较上年的`, `比上年`, `up 1.5 percentage points
 * from`, `compared with`): the prior of whatever its sentence said before it, named by no words of its own.
 */
export const onlyComparison = (metric: string | undefined) => metric !== undefined && (ZH_COMPARISON.test(metric.trim()) || EN_COMPARISON.test(metric.trim()));
const ZH_COMPARISON = /^(?:較|较|比|相比|与|與)(?:上年|去年|上一年|上年度|前一年度?|年初|年末)(?:同期)?的?$/;
// the metric as extraction words it, its figures' digits spaced (`up 1 5 percentage points from`)
const EN_COMPARISON = /^(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+(?:by\s+)?(?:\d+\s+)*\d*\s*(?:percentage points?|pp|points?|per cent|%)?\s*)?(?:from|compared with|compared to|against|versus|vs)$/i;
