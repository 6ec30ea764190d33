// What an intensity is per, at what scale: a report and its translation may state one intensity over
// two scales of its denominator (`万元营业收入碳排放0.512吨` per RMB 10,000 of revenue, `51.2 tCO2e per RMB
// million`), and ×100 is then the change of the denominator, no slip. The denominator is read where the
// figure carries it: written with it (`2.65吨/百米`), just after it (`23.8 tce per RMB million`), before it in
// its clause (`万元营业收入综合能耗0.238吨`, `百万工时损工事故率0.53`), in its table row's label or unit column
// (`万元营业收入综合能耗  吨标准煤/万元  0.238`, `Energy intensity  tce per RMB million  23.8`), or, for last
// year's figure said after this year's (`上年为0.257吨标准煤`, `against 25.7 in 2023`, `(2023: 56.1)`), from it.
// Only a denominator with a scale is read (`per tonne`, `/吨` say none): one said in a scale is said in one
// in the translation too.

import type { ExtractedFigure } from '../../domain/figure';
import type { CheckDocument } from '../types';
import { translationDimension } from '../translation/translation-units';

/** What an intensity is per: revenue in a currency, or some other thing counted or measured, and how many of it. */
export interface Denominator {
  kind: 'currency' | 'thing';
  scale: number;
  /**
   * The numerator's mass in tonnes, where the words just before the `per` name it (`千克标准煤/万元`,
   * `kg CO2e per £m`, `tce per RMB million`): a bare table cell carries no unit of its own to say it.
   */
  mass?: number;
}

const EN_SCALES: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };
const ZH_SCALES: Record<string, number> = { 百: 1e2, 千: 1e3, 万: 1e4, 萬: 1e4, 十万: 1e5, 十萬: 1e5, 百万: 1e6, 百萬: 1e6, 千万: 1e7, 千萬: 1e7, 亿: 1e8, 億: 1e8 };

/** `per RMB million`, `per RMB10,000`, `/RMB m`, `per 100 metres`, `per million hours`, `per 1,000 employees` (`m`, `bn`, `k` only after a currency). */
const EN_PER = /(?:\bper|[/／])\s*(RMB|CNY|HK\$|US\$|NT\$|S\$|A\$|\$|£|€|¥|EUR|USD|GBP|JPY)?\s?(\d{1,3}(?:,\d{3})+|\d+)?\s?(hundred|thousand|million|billion|mn|bn|m|k)?\b\s*([A-Za-z]+)?/gi;
/** `每万元`, `/万元`, `/百米`, `每百万工时`, `每20万工时`, `每千人` (not `千克`, `千瓦时`, `千米`: units of their own). */
const ZH_PER = /(?:每|[/／])\s?(\d+)?\s?(十万|十萬|百万|百萬|千万|千萬|亿|億|万|萬|千(?!克|瓦|米|焦|伏|卡)|百)((?:港|美|澳門|澳门|日|歐|欧)?元|港幣|港币|新臺幣|新台币|人民幣|人民币|[\u3400-\u9fff])/g;
/** `万元营业收入`, `百万工时` said as what the rate is over, no amount before the scale word. */
const ZH_OVER = /(?<![\d.,０-９〇一二三四五六七八九十两百千万萬亿億])(十万|十萬|百万|百萬|千万|千萬|亿|億|万|萬)(元(?=营业收入|營業收入|营收|營收|收入|产值|產值|增加值|工业增加值|GDP)|工时|工時)/g;
/** What every denominator's words hold (`EN_PER`, `ZH_PER`, `ZH_OVER`): most figures' words are passed over on it alone. */
const MAY_SAY_PER = /per|[/／每]|[万萬亿億](?:元|工)/i;
const CURRENCY_NOUN = /^(?:yuan|renminbi|rmb|dollars?|euros?|pounds?|of|revenue)$/i;
const YEAR = /^(?:19|20)\d\d$/;

/** A mass unit said just before an intensity's `per` or slash, and what one of it is in tonnes (`千克标准煤`, `kg CO2e`, `tce`, `万吨`). */
const MASS_BEFORE_PER = /(?:(?<![A-Za-z])(g|kg|t|kt|Mt)\s?(?:ce|CO2-?e?q?)?|(万吨|萬噸|千吨|千噸|千克|公斤|克|吨|噸)(?:标准煤|標準煤|二氧化碳当量|二氧化碳當量)?)\s*$/;
const MASS_IN_TONNES: Record<string, number> = { g: 1e-6, kg: 1e-3, t: 1, kt: 1e3, Mt: 1e6, 克: 1e-6, 千克: 1e-3, 公斤: 1e-3, 吨: 1, 噸: 1, 千吨: 1e3, 千噸: 1e3, 万吨: 1e4, 萬噸: 1e4 };

/** The mass unit the words before an intensity's `per` end in, in tonnes, if they end in one. */
function massBefore(words: string): number | undefined {
  const m = MASS_BEFORE_PER.exec(words);
  return m ? MASS_IN_TONNES[m[1] ?? m[2]!] : undefined;
}

/** A table row's unit cell of a mass after the words saying what it is per (`Energy per 100 vehicle-km     kgce     2.21`). */
const MASS_CELL_AFTER = /^[^\t]*?(?: {2,}|\t)(g|kg|t|kt|Mt)\s?(?:ce|CO2-?e?q?)?(?= {2,}|\t)/;

/** A denominator read, with the mass its numerator is said in just before it (`千克标准煤/万元`) or in its row's unit cell after it, if said. */
const withMass = (denominator: Omit<Denominator, 'mass'>, before: string, after = ''): Denominator => {
  const cell = MASS_CELL_AFTER.exec(after);
  const mass = massBefore(before) ?? (cell ? MASS_IN_TONNES[cell[1]!] : undefined);
  return mass === undefined ? denominator : { ...denominator, mass };
};

/** The scaled denominator written in some words, the first there is. */
export function denominatorIn(words: string): Denominator | undefined {
  if (!MAY_SAY_PER.test(words)) return undefined;
  for (const m of words.matchAll(EN_PER)) {
    const [, currency, number, word, noun] = m;
    if (number !== undefined && YEAR.test(number)) continue;
    const scaleWord = word?.toLowerCase();
    // `m`, `k`, `bn` are a scale only after a currency (`per £m`); `per m` is per metre
    if (scaleWord && scaleWord.length <= 2 && !currency) continue;
    // over a slash only a currency or a scale word (`2023/24`, `3/4` are no denominators)
    if (!/^per/i.test(m[0]) && !currency && !scaleWord) continue;
    const scale = Number((number ?? '1').replace(/,/g, '')) * (scaleWord ? EN_SCALES[scaleWord]! : 1);
    if (scale === 1) continue;
    return withMass({ kind: currency || (noun && CURRENCY_NOUN.test(noun)) ? 'currency' : 'thing', scale }, words.slice(0, m.index), words.slice(m.index + m[0].length));
  }
  for (const m of words.matchAll(ZH_PER)) return withMass({ kind: m[3]!.length > 1 || m[3] === '元' ? 'currency' : 'thing', scale: Number(m[1] ?? 1) * ZH_SCALES[m[2]!]! }, words.slice(0, m.index));
  for (const m of words.matchAll(ZH_OVER)) return { kind: m[2] === '元' ? 'currency' : 'thing', scale: ZH_SCALES[m[1]!]! };
  return undefined;
}

const RATES = /^(?:percent|pp|times)$/;
/** Clause marks a figure's own words go back to in running text: `，,；;：:（(。`, by their codes (asked of each character before every figure, where a Han character read as a string is one made). */
const isClauseMark = (c: number): boolean =>
  c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff08 || c === 0x28 || c === 0x3002;
/** Words between this year's intensity and last year's that say it is last year's. */
const PRIOR_YEAR = /上年|去年|上一年|同期|20\d\d|prior|previous|last year|against|compared/i;
/** How far after this year's intensity last year's may stand in its sentence to share its denominator. */
const PRIOR_REACH = 40;
/** How far before a table cell its row's label and unit column may start, in characters. */
const ROW_REACH = 200;
/** How far after a figure the words saying what it is per may start. */
const AFTER_REACH = 12;

/** A line of a text table: its cells set apart by runs of spaces or tabs. */
const tabular = (row: string) => /\S(?: {2,}|\t)\S/.test(row);

const read = new WeakMap<CheckDocument, ReadonlyArray<Denominator | undefined>>();

/** Each figure's scaled denominator, where it carries one, in the document's figure order (read once per document). */
export function denominatorsOf(doc: CheckDocument): ReadonlyArray<Denominator | undefined> {
  let denominators = read.get(doc);
  if (!denominators) read.set(doc, (denominators = readDenominators(doc)));
  return denominators;
}

function readDenominators(doc: CheckDocument): Array<Denominator | undefined> {
  const out: Array<Denominator | undefined> = [];
  doc.figures.forEach((figure, i) => {
    // a share, a rate of change or a multiple is of no denominator (`万元营业收入碳排放较2024年下降30%`)
    if (RATES.test(translationDimension(figure))) return void out.push(undefined);
    const previous = i > 0 ? doc.figures[i - 1] : undefined;
    out.push(ownDenominator(doc, figure, previous) ?? (previous && out[i - 1] && lastYears(doc.text, previous, figure) ? out[i - 1] : undefined));
  });
  return out;
}

function ownDenominator(doc: CheckDocument, figure: ExtractedFigure, previous: ExtractedFigure | undefined): Denominator | undefined {
  const { text } = doc;
  // a table row's label and unit column before the cell (on a very long line, the words just before it)
  const reach = text.slice(Math.max(0, figure.start - ROW_REACH), figure.start);
  const row = reach.slice(reach.lastIndexOf('\n') + 1);
  if (tabular(row)) return denominatorIn(`${row} ${figure.text}`);
  const after = text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 60));
  const written = /^\s{0,2}(?:per\b|\/)/.test(after) || after.slice(0, AFTER_REACH).includes(' per ') ? denominatorIn(after) : undefined;
  if (written) return written;
  // its clause's words before it, from its sentence's start or the figure before it
  let from = Math.max(figure.sentence.start, previous && previous.end <= figure.start ? previous.end : 0);
  for (let k = figure.start - 1; k >= from; k--)
    if (isClauseMark(text.charCodeAt(k))) {
      from = k + 1;
      break;
    }
  return denominatorIn(`${text.slice(from, figure.start)}${figure.text}`);
}

/** Whether `figure` is last year's of the intensity `previous` just before it in its sentence, in its measure or bare. */
function lastYears(text: string, previous: ExtractedFigure, figure: ExtractedFigure): boolean {
  if (previous.sentence.start !== figure.sentence.start || figure.start - previous.end > PRIOR_REACH) return false;
  if (figure.unit !== '' && translationDimension(figure) !== translationDimension(previous)) return false;
  // another year's intensity is of its size (not the `2.3万吨` saved since, said after `0.52吨/吨`)
  if (!(Math.max(figure.value, previous.value) < 10 * Math.min(figure.value, previous.value))) return false;
  return PRIOR_YEAR.test(text.slice(previous.end, figure.start));
}

/** The factor an intensity's value is multiplied by to be per a million of its denominator, for comparing it with its translation. */
export const perMillion = (denominator: Denominator | undefined): number => (denominator ? 1e6 / denominator.scale : 1);

/** Kilograms and grams as extraction writes a figure's unit (`kgce`, `kgCO2e`, `gCO2`): dimension.ts reads them apart from tonnes. */
const SMALL_MASS = /^(k?)g(?=ce$|co2|$)/i;

/**
 * An intensity as its translation is compared with it: the figure's unit with kilograms and grams read
 * as tonnes, and the factor to tonnes per a million of its denominator, the scales of both its numerator
 * and its denominator read (`48.1千克标准煤/万元` is 4.81 tce per RMB million: a thousandth of the mass
 * over a hundredth of the revenue). A numerator whose mass is said nowhere is taken as written.
 */
export function intensityScale(unit: string, denominator: Denominator | undefined): { unit: string; factor: number } {
  if (!denominator) return { unit, factor: 1 };
  const small = SMALL_MASS.exec(unit);
  const mass = small ? (small[1] ? 1e-3 : 1e-6) : unit === '' ? (denominator.mass ?? 1) : 1;
  return { unit: small ? unit.replace(SMALL_MASS, 't') : unit, factor: mass * perMillion(denominator) };
}

/**
 * Whether two figures compare over their denominators: both read and alike in kind, or as written (neither
 * read, or one read per a million, its value as written). One per 万元 against one whose denominator is
 * unread is of no known scale against it.
 */
export const sameDenominatorKind = (a: Denominator | undefined, b: Denominator | undefined): boolean => (a && b ? a.kind === b.kind : perMillion(a) === perMillion(b));
