// Words that mark a figure's part in a calculation, Chinese and English: a total, a share, a
// change. Small closed classes of function words, not lists of metrics.

import type { Span } from '../../domain/figure';
import { zhBoundWords } from '../../extraction/qualifiers';
import { LIST_ITEM_MARK } from '../../text/list-bullets';
import { readOncePerSpan } from '../../text/read-once-per-span';
import { isSpaceCode } from '../../text/space-code';

/** A stated total: `总排放量`, `合计`, `in total`, `Total`. */
// Traditional Chinese forms beside the simplified (`總計`, `佔`, `減少`): Hong Kong and Taiwan reports.
// (`Combined cycle`, `combined heat and power` name a kind of plant, not a total; `总部`, `总经理`, `总裁`, `总监` and `总公司`
// a head office or a chief: `丹阳总部` is a site's row, no total)
export const TOTAL = /[总總](?![部裁监監]|[经經]理|公司)|合计|合計|合共|共计|共計|total|overall|altogether|combined(?![\s-]*(?:cycle|heat))/i;

/** A share's cue in its sentence: `成功率`, `占`, `accounting for`, `of whom`, `, or 76.8%`, `423 of our 1,304` (not `178,230 of 2022/23`). */
export const RATIO_CUE = /率|占|佔|比例|比重|其中|\d[^\d，,。；;]{0,12}的\s*\d[\d.]*\s*%|accounting for|representing|account for|share|proportion|rate|\bma(?:kes?|de|king) up\b|of (?:them|whom|which|these|those)|,\s*or\s+\d|[(（]\s*\d[\d.]*\s*%|out of|\d\s+of\s+(?:(?:our|the|its|their|all)\s+)?(?!(?:19|20)\d\d\b)\d|\bone in (?:two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** A sentence about the future (a target, a plan): its figures restate nothing present. */
export const FORWARD = /将(?!近)|將(?!近)|(?<![”」』》"])(?:计划|計劃)|目标|目標|力争|力爭|预计|預計|争取|爭取|\b(?:targets?|aims?|plans?|will|goals?|commit(?:s|ted)?\s+to|by\s+20\d\d)\b/i;

/** `FORWARD` without its word boundaries: a sentence it does not match has no part that `FORWARD` matches. */
const FORWARD_ANYWHERE = new RegExp(FORWARD.source.replace(/(?<!\\)\\b/g, ''), FORWARD.flags);

/** Whether `FORWARD` / `FORWARD_ANYWHERE` match a sentence, read once for its figures. */
const forwardIn = readOncePerSpan((text, start, end) => FORWARD.test(text.slice(start, end)));
const forwardAnywhereIn = readOncePerSpan((text, start, end) => FORWARD_ANYWHERE.test(text.slice(start, end)));

/** Whether the figure's sentence speaks of the future (`FORWARD`): a target or a plan, whose figures restate nothing present and are no claim of a present relation. */
export function inForwardSentence(text: string, figure: { sentence: Span }): boolean {
  return forwardIn(text, figure.sentence.start, figure.sentence.end);
}

/** What opens a list item after its indent (shared/text/list-bullets.ts, the one vocabulary of list marks). */
export { LIST_ITEM_MARK };

/** A list item's line up to its figure: a bullet or an item's number opening it. */
export const ITEM_LINE = new RegExp(`^[ \\t]*${LIST_ITEM_MARK}`);

/** A line break, then the next item of a list (`⏎  • Business travel`, `⏎  - Board of Directors`, `⏎2. `): a sentence splitter runs a list's items together, a reader does not. */
export const NEXT_LIST_ITEM = new RegExp(`\\n[ \\t]*${LIST_ITEM_MARK}`);

/** Where a figure's clause ends after it: a comma or a stop. */
const CLAUSE_AFTER = /[,;!?，；。！？]|\.(?!\d)/;

/**
 * A target or a plan: a forward word (`将`, `计划`, `will`, `by 2030`) before the figure in its
 * sentence, or after it in its clause (`1,200 homes will be finished`). A noun of a present holding
 * later in the sentence (`…268.4 亿元，…，其中…绿色基础设施债权投资计划 98.3 亿元`) makes no target of it.
 */
export function inForwardClause(text: string, figure: Span & { sentence: Span }): boolean {
  // most sentences have no forward word anywhere
  if (!forwardAnywhereIn(text, figure.sentence.start, figure.sentence.end)) return false;
  if (FORWARD.test(unnamedPlans(text.slice(figure.sentence.start, figure.start)))) return true;
  const after = text.slice(figure.end, figure.sentence.end);
  const stop = after.search(CLAUSE_AFTER);
  return FORWARD.test(unnamedPlans(stop < 0 ? after : after.slice(0, stop)));
}

/**
 * A plan named as a programme in capitalised words (`Social and Labour Plan`, `Long-Term Incentive Plan`, `Employee
 * Share Plan`): a thing the report spends on or pays under now, no plan it says for the future (`Our plan`, `plans to`).
 */
const NAMED_PLAN = /\b(?!(?:Our|The|This|That|These|Its|Their|An?|Each|Every|No|Any|By|In|To|Under)\b)[A-Z][A-Za-z'’-]+\s+Plans?\b/g;

/** A text with its named plans (`NAMED_PLAN`) blanked out, for `FORWARD`. */
const unnamedPlans = (text: string) => (text.includes('Plan') ? text.replace(NAMED_PLAN, ' ') : text);

/** `up` as a change's direction, not a share's `make up` / `made up`. */
const UP = String.raw`(?<!\bmakes?\s|\bmade\s)up`;
/** A bare `up` or `down` (`, up 48.6% (2022: …)`): a change's direction. */
export const BARE_UP = new RegExp(String.raw`\b${UP}\b`, 'i');
export const BARE_DOWN = /\bdown\b/i;

/** A word between a change's verb and its rate that says how much it changed (`rose only 4.6%`, `fell by a further 2.1%`). */
export const CHANGE_ADVERB = String.raw`(?:\s+(?:only|just|slightly|marginally|modestly|sharply|strongly|significantly|substantially|further|a\s+further|a\s+mere))?`;

/** English verbs of a change, past tense: up (`rose`, `climbed`) and down (`fell`, `slipped`). One list for every rule reading a change's verb. */
export const EN_CHANGE_VERB = 'rose|grew|increased|climbed|jumped|fell|decreased|declined|dropped|slipped|dipped|eased';

/** Chinese verbs of a change, simplified and traditional: up (`增长`, `提升`, `上漲`) and down (`下降`, `減少`, `下滑`). One list for every rule reading a change's verb, as `EN_CHANGE_VERB`. */
export const ZH_CHANGE_UP_VERB = '增长|增長|成长|成長|增加|上升|上涨|上漲|提升|提高';
export const ZH_CHANGE_DOWN_VERB = '下降|减少|減少|降低|下滑|下跌';
export const ZH_CHANGE_VERB = `${ZH_CHANGE_UP_VERB}|${ZH_CHANGE_DOWN_VERB}`;

/** English words of a round bound before a figure (`nearly`, `more than`, `close to`, `some`). One list for every rule reading a bound. */
export const EN_BOUND_WORDS = String.raw`nearly|almost|close\s+to|more\s+than|over|some|around|about|approximately`;

/**
 * Chinese words of a round bound before a figure (`超过`, `突破`, `逾`, `将近`, `近`, `约`, `不足`), longer words before the characters
 * they end in: the extraction's (`zhBoundWords`) that say over, nearly, about or under. One list for every rule reading a bound, as `EN_BOUND_WORDS`.
 */
export const ZH_BOUND_WORDS = zhBoundWords(['over', 'nearly', 'about', 'under']).join('|');

/** Words just before a percentage that make it a rate of change: `增幅`, `同比增长`, the traditional `成長` and `年減`, `up`, `a decrease of`, `rose only` (not `make up`, a share's verb). */
export const CHANGE_RATE = new RegExp(
  String.raw`(?:增幅|降幅|增速|年增|年减|年減|${ZH_CHANGE_VERB}|\b(?:${UP}|down|${EN_CHANGE_VERB})${CHANGE_ADVERB}(?:\s+by)?${CHANGE_ADVERB}|an?\s+(?:increase|decrease|rise|fall|reduction|drop)\s+of)\s*(?:\*\*)?\s*$`,
  'i',
);

/** An amount written with 元 and no currency word (`236.4億元`, `5,120万元`): it names no currency of its own, so it is in the one its document says (新臺幣, 港幣). */
export const BARE_YUAN = /^[\d.,，\s]+(?:[万萬亿億]|百万|百萬|千万|千萬)?元$/;

/**
 * A table column of changes: `同比变动`, `增幅`, `较年初增长（%）` (a bank's balance on the year's start), `Change`, `YoY`, `Growth`,
 * `% N / N-1` (this year on the one before, as ESRS tables head it) or with the years named (`% 2023/2022`), `vs. previous
 * year (%)` and `前年比` (as Japanese reports do).
 */
export const CHANGE_HEADER = /同比|变动|變動|增减|增減|变化|變化|增幅|增长率|[较較比](?:年初|上年末?|上年度|去年)|前年(?:度)?比|change|yoy|growth|\bN\s*(?:\/|vs\.?)\s*N\s*-\s*1\b|^%\s*(?:19|20)\d{2}\s*\/\s*(?:19|20)\d{2}$|^vs\.?\s*(?:the\s+)?(?:previous|prior|last)\s+(?:fiscal\s+)?year\b/i;

/** A change's direction: up or down. 增 and 减/減 stand alone beside the verb lists: a short form (`年減 4.6%`, `年增`), a change's noun (`增速`) and a verb a PDF line wrapped (`增⏎长`) say a way with no whole verb. */
export const CHANGE_UP = new RegExp(`increase|grew|growth|rose|rise|climbed|jumped|up by|higher|${ZH_CHANGE_UP_VERB}|增`, 'i');
export const CHANGE_DOWN = new RegExp(String.raw`decrease|declin|fell|fall|drop|slipped|dipped|\beased\b|down by|lower|reduc|${ZH_CHANGE_DOWN_VERB}|缩短|减|減`, 'i');

/** English participles of a change's way, which `CHANGE_UP` and `CHANGE_DOWN` do not read (`, rising 4.2% and 3.1% respectively`, `decreasing`). */
const UP_PARTICIPLE = /\b(?:rising|increasing)\b/i;
const DOWN_PARTICIPLE = /\bdecreasing\b/i;
/** A comparison's word of a change's way (`8.9% more than in 2023/24`, `6.3% below FY2021`, `fewer`). */
const THAN_UP = /\b(?:above|more)\b/i;
const THAN_DOWN = /\b(?:below|less|fewer)\b/i;

/**
 * The way words say a change went: 1 up (`同比增长`, `rose`, `, up`), -1 down (`下降`, `fell by`, `, down`), 0 when they
 * say neither or both. `than`: a comparison's word says it too (`8.9% more than in 2023/24`, `6.3% below FY2021`), for
 * words read from a rate's comparison; words read from round a figure leave it off (`(2023: 35.60 million m³), 5.4% more`).
 */
export function changeSign(words: string, { than = false }: { than?: boolean } = {}): 1 | -1 | 0 {
  const up = CHANGE_UP.test(words) || BARE_UP.test(words) || UP_PARTICIPLE.test(words) || (than && THAN_UP.test(words));
  const down = CHANGE_DOWN.test(words) || BARE_DOWN.test(words) || DOWN_PARTICIPLE.test(words) || (than && THAN_DOWN.test(words));
  return up === down ? 0 : up ? 1 : -1;
}

/** The year before in English words, as a possessive names it: `last year`'s, `the previous year`'s. */
const EN_YEAR_BEFORE = String.raw`(?:last\s+year|the\s+(?:previous|prior)\s+year)`;

/**
 * Words just before a figure that make it the earlier value a present one is compared with: `from`, `against`,
 * `较 2022 年的`, `由上年的`, `比上年的`, and a balance as it stood at the start of the year or period (`较年初的
 * 10.31%`, `比期初的`, `较上年初`), as banks state their year-end figures; and a year's possessive after a change's `on`
 * or `from` (`down 3.9% on FY2024's 1,371 tCO2e`, `up from last year's 2,140`).
 */
export const PRIOR_VALUE = new RegExp(
  String.raw`(?:(?:\bfrom|\bagainst|\bcompared\s+(?:with|to)|较|較|相比|相较|相較|由|从|從)\s*(?:上年初|上年末|上年底|上年|去年末|去年底|去年|上一年|前一年|(?:FY\s?)?(?:19|20)\d{2}\s*(?:财年|年度|年|['’]s)?|${EN_YEAR_BEFORE}['’]s)?\s*(?:年末|年底|同期|年初|期初)?|\bon\s+(?:(?:FY\s?)?(?:19|20)\d{2}|${EN_YEAR_BEFORE})['’]s|比\s*(?:上年初|上年末|上年底|上年|去年末|去年底|去年|上一年|年初|期初)(?:同期)?|\b(?:more|less|fewer|higher|lower|greater|smaller|above|below)\s+than\s+the)\s*(?:的)?\s*(?:\*\*)?\s*$`,
  'i',
);

/** `burn up to 20% less fuel`, `12% more efficient`: a percentage said as a difference from something else, no share of a whole. */
export const isComparison = (text: string, f: { end: number }): boolean => /^\s*(?:less|more|fewer|lower|higher|smaller|larger|greater|cheaper|faster|slower)\b/i.test(text.slice(f.end, f.end + 12));

/** Whether the figure is said as the earlier value a present one is compared with (`较 2022 年的 168.2 亿元`, `从116家增加到138家`, `from RMB16.82 billion`, `9.3% more than the RMB47.2 million of 2023`): never a part or a share's numerator. */
export const saidAsPrior = (text: string, f: { start: number; end: number; sentence: { start: number } }): boolean => {
  const from = Math.max(f.sentence.start, f.start - 16);
  const last = lastCodeBefore(text, from, f.start);
  if (last === 0x28 || last === 0xff08) return EARLIER_BRACKET.test(text.slice(Math.max(f.sentence.start, f.start - 32), f.start));
  // (a possessive year before is read further back: `up from the previous year's`)
  const reach = last === 0x73 || last === 0x53 ? Math.max(f.sentence.start, f.start - POSSESSIVE_REACH) : from;
  return (PRIOR_VALUE_LAST.has(last) && PRIOR_VALUE.test(text.slice(reach, f.start))) || lastYearWas(text, f) || (last === 0x65 /* e */ && levelOfEarlierYear(text, f));
};

/**
 * The level a figure is said above or below, said as an earlier year's (`3.5% below the 24,860 tCO2e of 2023`, `above the 412
 * a year earlier`); not a threshold (`well below the 30% we consider prudent`).
 */
function levelOfEarlierYear(text: string, f: { start: number; end: number; sentence: { start: number } }): boolean {
  return ABOVE_BELOW_THE.test(text.slice(Math.max(f.sentence.start, f.start - 16), f.start)) && EARLIER_YEAR_AFTER.test(text.slice(f.end, f.end + 40));
}
const ABOVE_BELOW_THE = /\b(?:above|below)\s+the\s*$/i;
/** After a level, its noun at most, then the earlier year it was (`tCO2e of 2023`, `in FY2023`, `a year earlier`). */
const EARLIER_YEAR_AFTER = /^\s*(?:(?!\d)[^\s,.;:]+\s+){0,2}?(?:(?:of|in)\s+(?:FY\s?)?(?:19|20)\d{2}\b|a\s+year\s+(?:earlier|before|ago)|(?:of|in)\s+(?:the\s+)?(?:previous|prior|last)\s+year)/i;

/** How far back a year's possessive before a prior value is read (`from the previous year's `). */
const POSSESSIVE_REACH = 28;

/** The year before said in words just ahead of its value: `上年为`, `去年同期为`. */
const LAST_YEAR_WAS = /(?:上年|去年|上一年度?|前一年度?)(?:同期)?(?:为|為|是)\s*$/;

/** `，上年为33.0吨`, `（上年为1,240万元）`: the year before's figure after words that say so (read only after a `为`, `為` or `是`). */
function lastYearWas(text: string, f: { start: number; sentence: { start: number } }): boolean {
  let i = f.start - 1;
  while (i > f.sentence.start && text.charCodeAt(i) === 0x20) i--;
  // (by its code: a Han character read by charAt is a string made for each figure; none read, at the text's start, reads on as '' did)
  const c = text.charCodeAt(i);
  return (Number.isNaN(c) || c === 0x4e3a || c === 0x70ba || c === 0x662f) && LAST_YEAR_WAS.test(text.slice(Math.max(f.sentence.start, f.start - 8), f.start));
}

/** `3.1% more than a year earlier (1,486)`: a bracket after the words of the year before holds its figure. */
const EARLIER_BRACKET = /\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year|the\s+year\s+before|last\s+year)\s*[(（]\s*$/i;

/**
 * What `PRIOR_VALUE` can end on, spaces and `*` aside: its words' last letters (`from`, `against`, `with`, `to`, a possessive's `s`), a
 * year's digit and the last characters of its Chinese words. Asked of most figures: the few ending so are matched.
 */
const PRIOR_VALUE_LAST = new Set([...'mMtThHoOeEsS0123456789较較比由从從年初度末底期的'].map((c) => c.charCodeAt(0)));

/** The code of text[from, to)'s last character that is neither a space nor `*` (NaN when there is none). */
function lastCodeBefore(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2a)) i--;
  return i >= from ? text.charCodeAt(i) : NaN;
}

/** Whether the figure is the year before's in a bracket after this year's (`£7.4 million (2022/23: £6.8 million)`, `（2022 年：425 吨）`, `86.4% (F2023: 85.9%)`): never this year's total. */
export const inPriorYearBracket = (text: string, f: { start: number; sentence: { start: number } }): boolean => {
  // a semicolon in a bracket opens a sentence of its own (`(38.4%; 2022/23: 218 women`): the bracket stands before it
  const opened = f.sentence.start > 0 && /[;；]\s*$/.test(text.slice(Math.max(0, f.sentence.start - 3), f.sentence.start));
  const from = Math.max(opened ? f.sentence.start - 24 : f.sentence.start, f.start - 40);
  return colonWithin(text, Math.max(from, f.start - 25), f.start) && PRIOR_YEAR_BRACKET.test(text.slice(from, f.start));
};

// (`(38.4%; 2022/23: 218 women, 37.2%)`: the year before's entry after this year's in one bracket)
// (`（2022年为610吨标准煤）`: the Chinese `为` as the colon)
const PRIOR_YEAR_BRACKET = /[(（](?:[^()（）;；]{0,16}[;；])?\s*(?:FY\s?|F)?(?:19|20)\d{2}(?:[/-]\d{2,4})?\s*(?:财年|年度|年)?\s*(?:[:：]|为|為)[^()（）]{0,24}$/i;

/** Whether a colon (or `为`) stands in text[from, to): the bracket's `2022:` ends at most 24 characters before its figure. */
function colonWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x4e3a || c === 0x70ba) return true;
  }
  return false;
}

/** Whether the text says the figure is not the value (`合计不等于100.0%`, `do not add up to 100%`): no claim of it. */
export const saidAsNot = (text: string, f: { start: number; sentence: { start: number } }): boolean => NOT_VALUE.test(text.slice(Math.max(f.sentence.start, f.start - 24), f.start));
const NOT_VALUE = /(?:不等于|不等於|不为|不為|并非|並非|\b(?:does|do|did)\s+not\s+(?:equal|total|add\s+(?:up\s+)?to|sum\s+to)|\b(?:doesn|don|didn)['’]t\s+(?:equal|total|add\s+(?:up\s+)?to|sum\s+to)|\bnot\s+equal\s+to)\s*$/i;

/** Whether the figure is said as the amount a figure changed by (`较年初增加 96.35 亿元`, `同比减少 1,200 吨`, `increased by 1,200`): never a share's numerator. */
export const saidAsChange = (text: string, f: { start: number; sentence: { start: number } }): boolean => {
  // (the last character before the figure read by its code first: most figures end no bound and no change word, and are
  // answered with no slice nor character made; a bound's words, or a change word's last character, are read as below)
  const reach = Math.max(f.sentence.start, f.start - 24);
  const k = lastNotSpace(text, reach, f.start);
  if (k < 0 || !BOUND_LAST_CODE.has(text.charCodeAt(k))) {
    const k2 = lastNotSpace(text, Math.max(reach, f.start - 16), f.start);
    if (k2 < 0 || !CHANGE_LAST_CODE.has(text.charCodeAt(k2))) return false;
  }
  // (a bound between the change and its rate is the rate's: `同比增长超过15%`, `rose more than 15%`)
  const near = text.slice(reach, f.start);
  const before = (k >= 0 && BOUND_LAST_CODE.has(text.charCodeAt(k)) ? near.replace(RATE_BOUND, '') : near).slice(-16);
  // every change word ends in a Latin letter, `*` or one of these: most figures are read without a regular expression
  const last = before.trimEnd().at(-1) ?? '';
  if (!/[a-z*幅速长長降少升加高低涨漲滑跌了]/i.test(last)) return false;
  return CHANGE_RATE.test(before) || CHANGE_VERB_AFTER_COMPARED.test(before);
};

/** After a rate, the comparison that makes it the change on the year before: `more than in 2023/24`, `less than in the previous crop year`, `more than the season before` (a season's report). */
export const EN_MORE_THAN_BEFORE = /^\s*(?:more|less|fewer|higher|lower)\s+than\s+(?:in\s+)?(?:last\s+(?:year|season)|the\s+(?:year|season|winter|summer)\s+before|a\s+(?:year|season)\s+(?:earlier|before|ago)|the\s+(?:previous|prior|last)\s+(?:(?:crop|fiscal|financial|reporting)\s+)?(?:year|season|winter|summer)|(?:FY\s?)?(?:19|20)\d{2}(?:\/\d{2})?)(?![\d/])/i;

/** A change's verb after its comparison, before a rate: `同比增长`, `较上年减少了`. */
const CHANGE_VERB_AFTER_COMPARED = new RegExp(String.raw`(?:较|較|比|同比|相比)[^\d，,。；;]{0,8}?(?:${ZH_CHANGE_VERB})了?\s*$`);

/** The last characters of the Chinese bound words (`ZH_BOUND_WORDS`). */
const BOUND_LAST_HAN = [...new Set(ZH_BOUND_WORDS.split('|').map((w) => w.at(-1)))].join('');
/** The last characters of a bound (`BOUND_LAST_HAN` and a Latin letter) and of a change word (`saidAsChange`'s class), by their codes. */
const codesOf = (chars: string) => new Set([...chars, ...chars.toUpperCase()].map((c) => c.charCodeAt(0)));
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const BOUND_LAST_CODE: ReadonlySet<number> = codesOf(`${BOUND_LAST_HAN}${LATIN}`);
const CHANGE_LAST_CODE: ReadonlySet<number> = codesOf(`*幅速长長降少升加高低涨漲滑跌了${LATIN}`);

/** Where text[from, to)'s last character that `trimEnd` keeps stands, or -1 (`from` - 1). */
function lastNotSpace(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && trimmed(text.charCodeAt(i))) i--;
  return i;
}

/** What `trimEnd` trims (and `\s` matches): white space and line terminators, by their codes. */
const trimmed = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** A bound said just before a rate, after its change word (`超过`, `近`, `more than`); `BOUND_LAST_CODE` the characters it may end in. */
const RATE_BOUND = new RegExp(String.raw`(?:${ZH_BOUND_WORDS}|(?<![a-z])(?:${EN_BOUND_WORDS}))\s*$`, 'i');

/** Before a figure on its line, a label spaced off it (`Revenue (2023)     KRW 1,426.2 billion`, `Parcels delivered     486.2m`). */
const SPACED_LABEL = /^[ \t]*[^\s\d][^.;!?。；\n]{0,60}?[ \t]{2,}$/;

/** Whether a label spaced off the figure opens its line (a highlights block, a data table): `SPACED_LABEL`. */
export function afterSpacedLabel(text: string, f: { start: number }): boolean {
  const from = Math.max(0, f.start - SPACED_LABEL_REACH);
  const before = text.slice(from, f.start);
  const lineBreak = before.lastIndexOf('\n');
  // a line opening further back has more before the figure than an indent, a label and its spaces
  if (lineBreak < 0 && from > 0) return false;
  return SPACED_LABEL.test(before.slice(lineBreak + 1));
}

/** How far before its figure a spaced label's line may open: an indent, sixty characters of label and the spaces after it. */
const SPACED_LABEL_REACH = 200;
