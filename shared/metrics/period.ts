// The period a figure is stated for, read from the words of its sentence or its table's column
// header: `2022财年`, `截至2022年3月31日`, `FY2022`, `as of March 2020`. Two statements of one
// metric are only the same claim when their periods agree, so periods are also normalised to a
// comparable key (`FY2022`, `2022-03-31`).

import { readOncePerSpan } from '../text/read-once-per-span';

export interface Period {
  /** As written, spaces inside Chinese dates removed: `2022财年`, `as of March 2020`. */
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = MONTHS.map((m) => new RegExp(`\\b${m.slice(0, 3)}\\b`));
const MONTH = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;

const ZH_FISCAL = String.raw`(?:20|19)\d{2}\s*财年(?:度)?`;
const ZH_DATE = String.raw`(?:(?:截至|截止|截止到|截至到|至)\s*)?(?:20|19)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:末|底)?)?(?:末|底|度)?`;
// `F2024`, the fiscal year as South African and some Australian reports write it
const EN_FISCAL = String.raw`\b(?:FY\s?(?:20|19)?\d{2}|F(?:20|19)\d{2}|fiscal (?:year )?(?:20|19)\d{2})\b`;
const EN_DATE = String.raw`\b(?:(?:as of|as at|by the end of|by|at the end of|since|in|during|for)\s+)?(?:${MONTH}\s+(?:\d{1,2},?\s+)?)?(?:20|19)\d{2}\b`;

const PERIOD = new RegExp(`${ZH_FISCAL}|${ZH_DATE}|${EN_FISCAL}|${EN_DATE}`, 'gi');

/** Every period expression in `text[from, to)`, in order (read once for the figures of one sentence). */
export const periodsIn = readOncePerSpan(scanPeriods);

function scanPeriods(text: string, from: number, to: number): Period[] {
  const slice = text.slice(from, to);
  if (!/(?:19|20)\d\d|FY/i.test(slice)) return []; // every period names a year
  const found: Period[] = [];
  // (exec in a loop, not matchAll, which copies the pattern on every call: asked of every figure)
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(slice); m !== null; m = PERIOD.exec(slice)) {
    const raw = m[0];
    if (!/\d{4}|FY\s?\d{2}/i.test(raw)) continue;
    const start = from + m.index;
    // a year that is part of a longer number (`12019`) or a code is not a period
    if (/\d/.test(text.charAt(start - 1)) || /\d/.test(text.charAt(start + raw.length))) continue;
    found.push({ text: tidy(raw), start, end: start + raw.length });
  }
  return found;
}

function tidy(raw: string): string {
  const oneSpace = raw.replace(/\s+/g, ' ').trim();
  return /[\u4e00-\u9fff]/.test(oneSpace) ? oneSpace.replace(/\s+/g, '') : oneSpace;
}

/**
 * The period of a figure at `[start, end)` in the sentence `[from, to)`: the nearest period stated
 * before it in the sentence, else the first after it. Undefined when the sentence states none.
 */
export function periodOf(text: string, from: number, to: number, start: number, end: number): string | undefined {
  const stated = periodsIn(text, from, to);
  // `(2022: 36.9 million)`: the year of a prior-year bracket is its own figure's, and no other's
  for (const p of stated) if (p.end <= start && isPriorYearBracket(text, p) && !text.slice(p.end, start).includes(')') && !text.slice(p.end, start).includes('）')) return p.text;
  // of the periods that can be the figure's, the last before it, else the first; of those outside
  // brackets when there are any: a date in brackets explains another period (`2022 财年（覆盖 2021 年 4 月 -2022 年 3 月）`)
  // (in one pass without lists: asked of every figure)
  let first: Period | undefined;
  let lastBefore: Period | undefined;
  let firstOutside: Period | undefined;
  let lastBeforeOutside: Period | undefined;
  for (const p of stated) {
    const before = p.end <= start;
    if (before && YEAR_WHEN_CLAUSE.test(text.slice(p.end, start))) return p.text;
    if (before && (inAsideBefore(text, from, p, start) || ofComparedFigure(text, from, p) || sinceBeforeLaterClause(text, p, start))) continue;
    // (the figure's last character read with what follows it: a rate's `%` opens `% on FY2024`, the base it is said on)
    if (before ? comparedBefore(text, from, p, start) : COMPARED.test(text.slice(Math.max(start, end - 1), p.start)) || TARGET_CLAUSE.test(text.slice(end, p.start)) || LATER_CLAUSE_FIGURE.test(text.slice(end, p.start)) || REFERENCE_LEVEL.test(text.slice(p.end, p.end + 16)) || YEAR_AS_WORD.test(text.slice(Math.max(from, p.start - 4), p.start))) continue;
    if (isPriorYearBracket(text, p) || (!before && ofBracketedFigure(text, end, p))) continue;
    // a period said right after the figure (its noun at most between) is its own, whatever the sentence said before
    // (`412 litres in 2024, against 436 litres in 2023`, `against 16,900 trees in 2023`, `the 3,118 of 2023`)
    if (!before && p.start - end <= NOUN_BETWEEN && (OWN_PERIOD_AFTER.test(p.text) || OF_YEAR.test(text.slice(end, p.start))) && /^\s?(?:[a-z][a-z-]*\s){0,2}$/.test(text.slice(end, p.start))) return p.text;
    first ??= p;
    if (before) lastBefore = p;
    if (inBrackets(text, from, p.start)) continue;
    firstOutside ??= p;
    if (before) lastBeforeOutside = p;
  }
  const period = firstOutside ? (lastBeforeOutside ?? firstOutside) : (lastBefore ?? first);
  return period?.text ?? yearBeforeOwnBracket(text, end, to) ?? reportingPeriod(text, from, start);
}

/**
 * Between a period and a figure, a clause the period opens (`against 70.7 kWh in 2023 when we made 179,600 mattresses`,
 * `in 2022, in which we ran 310 vans`): the figure is of that period, whatever the period was read with.
 */
const YEAR_WHEN_CLAUSE = /^,?\s+(?:when|in\s+which)\s[^,.;:!?\d]*$/i;

/**
 * Between a figure and a period after it, a later clause opened by a conjunction that states a figure of its own
 * (`Plymouth welcomed 824,000 visits, and our new seahorse nursery there has released 1,286 juvenile seahorses … since 2021`):
 * the period is that clause's.
 */
const LATER_CLAUSE_FIGURE = /[,;，；]\s*(?:and|but|while|whereas)\s[^.;]*?\d/i;

/**
 * A `since` year before a figure, a later clause opened by a conjunction between them (`That thought has guided Skovlund since 1946,
 * and it guided a year in which … we bought some 432,000 m³ of wood`): the year says since when the first clause's verb has held,
 * not the period of the later clause's figure.
 */
function sinceBeforeLaterClause(text: string, p: Period, start: number): boolean {
  return /^since\s/i.test(p.text) && LATER_CLAUSE.test(text.slice(p.end, start));
}

/** A clause opened by a conjunction after a comma or a semicolon (`, and it guided`, `; but`). */
const LATER_CLAUSE = /[,;]\s*(?:and|but|while|whereas)\s/i;

/** A period that binds to the figure it follows: `in 2023`, `during 2023`, `for FY2023`, `as at March 2024`. */
const OWN_PERIOD_AFTER = /^(?:in|during|for|as of|as at)\s/i;
/** A year said with `of` right after a figure, its noun at most between (`the RMB4,504.6 million of 2023`). */
const OF_YEAR = /\bof\s+$/;
/** How far after the figure such a period may start, its noun between (`16,900 trees in 2023`). */
const NOUN_BETWEEN = 24;

/**
 * `773.6 grams per RTK (2022: 774.6 grams)`: a figure followed by the year before's bracket, with no
 * other number between, is of the year after the bracket's.
 */
function yearBeforeOwnBracket(text: string, end: number, to: number): string | undefined {
  const m = OWN_BRACKET.exec(text.slice(end, Math.min(to, end + 60)));
  if (!m || /(?<![A-Za-z])\d|\.\s/.test(m[1]!)) return undefined;
  return `${m[2] ?? ''}${Number(m[3]) + 1}`;
}

const OWN_BRACKET = /^([^()（）。；;!?]{0,40}?)[(（]\s*(FY\s?)?((?:20|19)\d{2})\s*(?:年)?\s*[:：]/i;

/** `截至报告期末，公司员工总数…`, `during the reporting period`: the year the report's title names. */
const REPORTING_PERIOD = /报\s*告\s*期|reporting\s+(?:period|year)/i;

function reportingPeriod(text: string, from: number, start: number): string | undefined {
  if (!REPORTING_PERIOD.test(text.slice(from, start))) return undefined;
  const title = scanPeriods(text, 0, Math.min(text.length, TITLE_REACH));
  return title.reduce<Period | undefined>((latest, p) => ((periodKey(p.text)?.year ?? 0) > (latest ? (periodKey(latest.text)?.year ?? 0) : 0) ? p : latest), undefined)?.text;
}

/** How far into a report its title and cover run. */
const TITLE_REACH = 300;

/** A period's comparable form: fiscal or calendar, year, month and day when stated. */
export interface PeriodKey {
  fiscal: boolean;
  year: number;
  month?: number;
  day?: number;
}

const keys = new Map<string, PeriodKey | undefined>();

/** `readPeriodKey`, once per period as written (the same few periods recur across a report). */
export function periodKey(period: string): PeriodKey | undefined {
  const known = keys.get(period);
  if (known !== undefined || keys.has(period)) return known;
  if (keys.size > 10_000) keys.clear();
  const key = readPeriodKey(period);
  keys.set(period, key);
  return key;
}

/** The year a period names, as `periodKey` reads it (`FY24` is 2024); undefined for none, or no period. */
export const yearOfPeriod = (period: string | undefined): number | undefined => (period === undefined ? undefined : periodKey(period)?.year);

function readPeriodKey(period: string): PeriodKey | undefined {
  const fiscal = /财年|FY|fiscal|\bF(?:20|19)\d{2}\b/i.test(period);
  const year4 = /(?:20|19)\d{2}/.exec(period);
  const fy2 = /FY\s?(\d{2})(?!\d)/i.exec(period);
  const year = year4 ? Number(year4[0]) : fy2 ? 2000 + Number(fy2[1]) : NaN;
  if (Number.isNaN(year)) return undefined;
  const zhMonth = /年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/.exec(period);
  if (zhMonth) return { fiscal, year, month: Number(zhMonth[1]), day: zhMonth[2] ? Number(zhMonth[2]) : undefined };
  const lower = period.toLowerCase();
  const monthIndex = MONTHS.findIndex((m, i) => lower.includes(m) || MONTH_ABBREVIATIONS[i]!.test(lower));
  if (monthIndex >= 0) {
    const day = /\b(\d{1,2}),?\s+(?:20|19)\d{2}/.exec(period);
    return { fiscal, year, month: monthIndex + 1, day: day ? Number(day[1]) : undefined };
  }
  return { fiscal, year };
}

/** Whether two periods can be the same: unknown on either side is no objection; stated ones must agree as far as both go. */
export function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  return samePeriodKey(periodKey(a) ?? a, periodKey(b) ?? b);
}

/** `samePeriod` over keys made beforehand (a period that gives no key stays its text). */
export function samePeriodKey(ka: PeriodKey | string | undefined, kb: PeriodKey | string | undefined): boolean {
  if (ka === undefined || kb === undefined) return true;
  if (typeof ka === 'string' || typeof kb === 'string') return ka === kb;
  if (ka.fiscal !== kb.fiscal || ka.year !== kb.year) return false;
  if (ka.month !== undefined && kb.month !== undefined && ka.month !== kb.month) return false;
  return !(ka.day !== undefined && kb.day !== undefined && ka.day !== kb.day);
}

/** The words of a comparison, English (`than`, `from`, `compared with`, `versus`) and Chinese (`较`, `比`, `相比`). */
const COMPARING_EN = String.raw`\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?|against|below|above)`;
const COMPARING_ZH = '较|較|比|相比|相较|相較';
/** What may follow a year naming it (`/23` of `2022/23`, `年度`). */
const YEAR_TAIL = String.raw`\s*(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?`;

/** A rate or a change in points and the `on` of its base (`5.6% on`, `3.5 percentage points on`). */
const RATE_ON = String.raw`(?:%|\bpercentage\s+points?|\bpoints?|\bpp|\bpts?)\s*on`;
/**
 * Between a figure and a period after it, a comparison: the period is the compared figure's (`97 …, down from 2.87 in 2022`,
 * `较2022年`), as is the base a rate or a change in points is said on (`… shipped 41.8 Mt of iron ore, up 5.6% on FY23`,
 * `reached 12.6%, up 3.5 percentage points on 2023`), and the figure it is said on (`99,800 GJ, up 7.5% on the 92,800 GJ of
 * FY2023-24`, `RMB305.6 million, up 20.3% on RMB254.1 million in 2023`).
 */
const COMPARED = new RegExp(`${COMPARING_EN}\\b|${COMPARING_ZH}|${RATE_ON}(?:\\s+the)?\\s*$|${RATE_ON}\\s+(?:the\\s+)?(?:[A-Z]{3}\\s?|[£$€¥])?\\d`, 'i');

/** Before a year, an article that makes it a word of a noun phrase (`laid down for a 2036 release`): no period of a figure before it. */
const YEAR_AS_WORD = /\b(?:a|an)\s+$/i;

/** After a period, the level it names as a yardstick (`roughly half the 2022 level`, `above 2019 levels`, `the 2020 baseline`): the period is the compared figure's. */
const REFERENCE_LEVEL = /^\s*(?:levels?|baselines?)\b/i;

/** An aside between commas opening with a preposition or a conjunction, up to a period in it (`Santa Luzia, after the debottlenecking … in`). */
const ASIDE_OPEN = /,\s*(?:after|following|since|despite|although|though|when|while|with|thanks\s+to)\b[^,;:，；]*$/i;

/** A period before a figure in an aside the sentence closes before the figure (`…, after the debottlenecking of its boiler in 2022, produced 2.64 million`): the aside's, not the figure's. */
function inAsideBefore(text: string, from: number, p: Period, start: number): boolean {
  const after = text.slice(p.end, start);
  return after.includes(',') && !after.includes('.') && ASIDE_OPEN.test(text.slice(from, p.start));
}

/**
 * Between a figure and a period after it, a later clause of a target (`reached 8.7%, and we remain committed
 * to our target of 12% by FY2030`, `，力争2025年达到`): the period is the target's, not the figure's.
 */
const TARGET_CLAUSE = /[,;，；、][^]*?(?:\b(?:target|goal|aim|ambition|commit|committed|pledge|plan|plans|aspire)\b|目标|目標|力争|力爭|争取|爭取|计划|計劃)/i;

/**
 * Just before a period, a comparison: `較2022/23年度減少4.5%`, `5.4% lower than in 2022/23`, `compared with 2022`, the base a
 * rate is said on (`revenue of RMB1.20 billion, up 8.6% on 2023, and exports earned …`: no period of the figures after it). A
 * fiscal year is read from its `FY`, its `in` left with the comparing word (`10.0% more than in FY2024`).
 */
const COMPARED_BEFORE = new RegExp(`(?:${COMPARING_EN}(?:\\s+in)?|${COMPARING_ZH}|${RATE_ON})\\s*$`, 'i');
/** Between a compared period and a figure, nothing but words naming the figure as that period's (`较 2022 年末的 168.2 亿元`). */
const COMPARED_OWN = new RegExp(`^${YEAR_TAIL}\\s*(?:年末|年底|末|底|同期|年初|期初)?\\s*(?:的|'s)?\\s*(?:\\*\\*)?\\s*$`, 'i');

/**
 * The period of a comparison before a figure (`較2022/23年度減少4.5%，其中範圍一排放6,518公噸`) is the
 * compared value's, not the figures said after it — unless the figure is that compared value itself.
 */
function comparedBefore(text: string, from: number, period: Period, start: number): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(from, period.start - 14), period.start)) && !COMPARED_OWN.test(text.slice(period.end, start));
}

/** A comparison, the figure compared with and its noun, just before a period (`against EUR 26,120 thousand ` of `… in 2023`; a unit with digits, `from 25,480 tCO2e `). */
const COMPARED_FIGURE = new RegExp(`${COMPARING_EN}\\s+(?:the\\s+)?(?:[A-Z]{3}\\s?|[£$€¥])?\\d[\\d,.]*\\s?(?:%|[a-z³²-][\\w³²-]*(?:\\s[a-z³²-][\\w³²-]*)?)?\\s*$`, 'i');

/**
 * A period said after a compared figure (`Operating profit was EUR 28,640 thousand, against EUR 26,120 thousand in 2023, and the
 * operating margin rose 0.4 percentage points to 7.0%`) is that figure's own: not the period of the figures said after it.
 */
function ofComparedFigure(text: string, from: number, p: Period): boolean {
  const before = text.slice(Math.max(from, p.start - 48), p.start);
  // (`in FY2022`: the period read from its `FY`, its `in` left before it)
  const led = OWN_WORD_BEFORE.exec(before);
  return ((OWN_PERIOD_AFTER.test(p.text) || led !== null) && COMPARED_FIGURE.test(led ? before.slice(0, led.index) : before)) || COMPARED_FIGURE_OF.test(before);
}
/** The word binding a period read without it to the figure before (`in` of `in FY2022`). */
const OWN_WORD_BEFORE = /\b(?:in|during|for)\s+$/i;

/**
 * A compared figure with its year said by `of` (`3.2% less than the 50,200 MWh of 2023, or 770 kWh per tonne`): the year is
 * that figure's, not the period of the figures said after it.
 */
const COMPARED_FIGURE_OF = new RegExp(String.raw`${COMPARING_EN}\s+(?:the\s+)?(?:[A-Z]{3}\s?|[£$€¥])?\d[\d,.]*\s?(?:%|[a-z][\w³²-]*(?:\s[a-z][\w³²-]*)?)?\s+of\s+$`, 'i');

/** After the year opening a prior-year bracket, its colon (`2022/23:`, `2022 年：`). */
const PRIOR_YEAR_COLON = new RegExp(`^${YEAR_TAIL}\\s*[:：]`);

/** A year opening a bracket that states the year before's figure: `(2022: 425 tCO2e)`, `(FY2022: …)`, `(2022/23: £6.8 million)`, `（2022 年：…）`. */
function isPriorYearBracket(text: string, period: Period): boolean {
  return /[(（]\s*$/.test(text.slice(Math.max(0, period.start - 3), period.start)) && PRIOR_YEAR_COLON.test(text.slice(period.end, period.end + 8));
}

/** A period after a figure, in a bracket opened after it that holds another figure before the period (`… RMB986.4 million, … 25.5% of box office (23.1% in 2023)`): the bracketed figure's. */
function ofBracketedFigure(text: string, end: number, period: Period): boolean {
  const between = text.slice(end, period.start);
  const open = Math.max(between.lastIndexOf('('), between.lastIndexOf('（'));
  return open >= 0 && !/[)）]/.test(between.slice(open)) && /\d/.test(between.slice(open));
}

function inBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  // (by character codes: charAt makes a string of every Han character read)
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++;
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--;
  }
  return depth > 0;
}
