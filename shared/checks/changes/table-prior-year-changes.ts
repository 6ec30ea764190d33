// A change stated on a text figure whose earlier year only a table gives: `实现净利润 21.87 亿元，同比增长
// 9.6%` beside a key-figures table whose 净利润 row reads 20.13 | 21.87 under 2022 年 | 2023 年; `Our Scope 1
// and 2 emissions fell 14.1% to 512 kt CO2e` beside a five-year summary whose emissions row has 584 the
// year before. The text figure is the row's cell of the table's latest year (the same amount, at the
// text's precision, of a row the sentence names), the old value the cell of the year just before, and
// the rate is said as a year-on-year change of that figure (`同比增长`, `较上年下降`, `fell … to`, `, up …
// on 2022`). When the row also has a change column (`Change`, `同比变动`), the text's rate must say the
// same as that column's cell.

import { wholeOfLastListedPart } from '../sums/listed-parts';
import { specIn } from '../../extraction/unit-spec-in';
import { periodsIn, yearOfPeriod } from '../../metrics/period';
import { changeCheck, SHARE_AFTER_NEW } from './change';
import { comparable, dimensionOf, unitFactor } from '../readers/dimension';
import { BARE_YUAN, CHANGE_HEADER, changeSign, EN_CHANGE_VERB, EN_MORE_THAN_BEFORE, ITEM_LINE, saidAsPrior, ZH_CHANGE_VERB } from '../readers/markers';
import { ENGLISH_NOUN, metricTokens } from '../consistency/metric-tokens';
import { intervalOf, overlaps, significantDigits, stepOf, writtenNumber, type Interval } from '../readers/precision';
import { pairCheck } from '../consistency/pair-check';
import { paragraphHeading } from '../readers/paragraph-heading';
import { namesRow } from '../readers/row-naming';
import { placeTerm, qualifierTerm, saying } from '../sayings';
import { CAPTION_NUMBER, captionLines, tableBlocks, UNIT_LINE, type Row } from '../readers/table-blocks';
import { overBlankLabels, yearHeaderRow } from '../readers/table-header-years';
import { isTableCell } from '../readers/table-columns';
import { asCheckFigure, type Check, type CheckDocument, type DocFigure } from '../types';

/**
 * Between a figure and its rate: the rate said as its change on the year before (`，同比增长`, `，按年增加`, `，较上年下降`, `，較前一年度減少`, `，較2022年成長`, `，年減`; a year-end balance's `，较年初增长`), after the rest of a unit a line break parted (`二氧化碳当⏎量`),
 * or after a clause of its cause set off by commas (`，受来水偏枯影响，同比下降`, `，由於部分門店裝修停業，較上年減少`).
 */
const ZH_RATE_AFTER = new RegExp(String.raw`^[^\d，,。；;]{0,8}?(?:[，,]\s*(?:受[^\d，,。；;%]{1,20}?(?:影响|影響)|(?:由于|由於|因)[^\d，,。；;%]{1,20}?))?[，,]?\s*(?:(?:同比|按年|较上年|較上年|比上年|较去年|較去年|(?:较|較)年初|与上年相比|與上年相比|(?:较|較|比)前一年度?|(?:较|較|比)\s*(?<year>(?:19|20)\d{2})\s*年(?:度|末|底)?)(?:同期)?\s*(?:${ZH_CHANGE_VERB})了?|年(?:增|減|减))\s*$`);
/** Before a rate said ahead of its figure: `fell`, `rose by`, `were up`; `improved`, which way the figure says (an intensity falls, a share rises). */
const EN_VERB_BEFORE = new RegExp(String.raw`\b(?:${EN_CHANGE_VERB}|improved|(?:was|were)\s+(?:up|down))(?:\s+by)?\s*$`, 'i');
/** Before a rate a verb said of its metric stands ahead of: `reduced Scope 1 and 2 emissions by`, `cut water use by`. */
const EN_VERB_OBJECT_BY = /\b(?:reduced|cut|lowered|decreased|increased|raised|grew)\s[^.;:,%]{1,48}?\bby\s*$/i;
/** Between such a rate and its figure: ` to`, `, to`, ` year on year, to`, ` from the previous fiscal year to`. */
const EN_RATE_THEN_FIGURE = /^\s*,?\s*(?:(?:year[- ]on[- ]year|(?:on|from) (?:last|the previous|the prior) (?:fiscal |financial )?year)\s*,?\s*)?to\s*$/i;
/** Before a Chinese rate said ahead of its figure: `成長`, `同比增长`, `下降了`. */
const ZH_VERB_BEFORE = new RegExp(String.raw`(?:${ZH_CHANGE_VERB})了?\s*$`);
/** Between such a rate and its figure: `至`, `到`. */
const ZH_RATE_THEN_FIGURE = /^\s*(?:至|到)\s*$/;
/** After a figure, its rate: `, up 12.8%` / `, 4.9%` … followed by `on 2022`, `lower than in 2022`, `year on year`. */
/** Or said by a verb after the figure's unit words: ` per tonne was up`, ` were down by`. */
const EN_FIGURE_THEN_RATE = /^[^\d.;]{0,24}?(?:[,，]\s*(?:(?:up|down)\s+(?:by\s+)?)?|\s(?:was|were)\s+(?:up|down)\s+(?:by\s+)?)$/i;
/** After a rate said `up` or `down` with no base (`carried 28.642 million passengers, up 75.2%, and revenue …`): its clause ends, the change is on the year before. */
const EN_BARE_RATE_ENDS = /^\s*(?:[,;.)]|and\b|$)/i;
const EN_YEAR_ON_YEAR_AFTER = /^\s*(?:(?:(?:lower|higher|less|more|up|down|below|above)\s+than|below|above)\s+(?:in\s+)?(?:last year|the (?:previous|prior) year|(?:FY\s?)?(?:19|20)\d{2})|(?:up|down|higher|lower)?\s*(?:year[- ]on[- ]year|on (?:last year|the (?:previous|prior) year|the year\b|(?:FY\s?)?(?:19|20)\d{2}|FY\s?\d{2}\b)))/i;
/** After a figure and the words of what it is, set off by commas, the verb of its clause and its rate: `, from cafés and shops, grew fastest, up`. */
const EN_FIGURE_ASIDE_VERB_RATE = /^[^\d.;!?%]{0,100}?[,，]\s*(?:grew|rose|increased|fell|declined|decreased|dropped)\b[^\d.;,%]{0,24}?(?:[,，]\s*(?:up|down)(?:\s+by)?|\s+by)\s*$/i;
/**
 * After a figure, its unit's words and the year it is of, a clause of the figure's own change (`3,630 tonnes of standard coal
 * equivalent (tce) in 2024, which fell`, `, which was up by`): the rate after it is the figure's change.
 */
const EN_FIGURE_WHICH_CHANGED = new RegExp(String.raw`^[^.;!?%]{0,80}?[,，]\s*which\s+(?:${EN_CHANGE_VERB}|was\s+(?:up|down))(?:\s+by)?\s*$`, 'i');
/** After a figure and the words of what it is (`1,162 GWh of renewable electricity to the grid`), a rate after a comma. */
const EN_FIGURE_WORDS_THEN_RATE = /^[^.;!?%]{0,100}?[,，]\s*$/;
/** A column of shares whose header names its year too (`2023年末占比（%）`, `Share of 2023 (%)`): no year's column of amounts. */
const SHARE_HEADER = /占比|佔比|比例|比重|\bshare|proportion/i;
/** A year in a header cell: `2023`, `FY2023`, or a fiscal year in two digits, `FY24`. */
const YEAR = /(?:19|20)\d{2}|\bFY\s?\d{2}\b/i;
/** The year a header cell names, `FY24` as 2024 (NaN for none). */
export const yearIn = (text: string): number => {
  const m = YEAR.exec(text)?.[0];
  return m === undefined ? NaN : /^FY/i.test(m) ? 2000 + Number(m.slice(-2)) : Number(m);
};
/** A year said just after a figure or the words of a whole: `in 2023`, `in FY2024`, `in FY 2023-24` (its first year). */
const YEAR_SAID_AFTER = /^\s*in\s+(?:FY\s?)?((?:19|20)\d{2})(?:[-/]\d{2,4})?\b/i;
/** The year `in [FY] 2023[-24]` says at the start of `after`, or undefined. */
export const yearSaidAfter = (after: string): number | undefined => {
  const year = YEAR_SAID_AFTER.exec(after)?.[1];
  return year === undefined ? undefined : Number(year);
};
/** An English share set off by a comma after the figure, the whole it is of after it up to the next comma: `, 59.9% of revenue,`. */
const EN_SHARE_BETWEEN = /^\s*,\s*$/;
const EN_WHOLE_AFTER = /^\s*of\s+[^\d.;,%]{1,40},/i;
/** How far a table's header of years is looked for above a block that has none (section lines between). */
const HEADER_LINES = 60;
const HEADING_LINE = 50;
/** How far before a rate its verb may stand with the metric between (`reduced Scope 1 and 2 emissions by`). */
const VERB_OBJECT = 64;
/** How much of the sentence before a figure names it. */
const NAMING = 80;

export interface DatedRow {
  row: Row;
  latest: DocFigure;
  before: DocFigure;
  change?: DocFigure;
  /** The year of the column `before` stands in. */
  beforeYear?: number;
  /** The row's cell under a `单位` / `Unit` header (`立方米/辆`), when the table has that column. */
  unit?: string;
  /** The unit the label column's header gives bare cells (`Power generation by source, TWh`). */
  headerUnit?: string;
  /** What the row's table measures, as its caption names it (`营业收入` of `表2 营业收入构成（单位：亿元）`). */
  measure?: string;
}

export function tablePriorYearChanges(doc: CheckDocument, own: readonly Check[]): Check[] {
  const rows = datedRows(doc);
  if (rows.length === 0) return [];
  const used = new Set(own.flatMap((c) => c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start)));
  // the old value a check of the sentence's own read for a rate (`grew 10.2% to R$5,824 million, from R$5,286 million`)
  const saidOld = oldValuesSaid(doc, own);
  // what the parts of each total that does not add up come to, by the total's place
  const unadded = new Map(own.flatMap((c) => (c.kind === 'sum' && !c.holds && c.expected !== undefined ? c.figures.filter((f) => f.role === 'total' && f.doc === doc.name).map((f) => [f.start, c.expected!] as const) : [])));
  const heldRates = new Set(own.flatMap((c) => (c.kind === 'change' && c.holds ? c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start) : [])));
  // change cells a check of the document's own already found to disagree with their row (`12.62 → 13.80`, its `+4.9`)
  const slippedCells = new Set(own.flatMap((c) => (c.kind === 'change' && !c.holds ? c.figures.filter((f) => f.role === 'result' && f.doc === doc.name).map((f) => f.start) : [])));
  const checks: Check[] = [];
  const { figures, text } = doc;
  for (let k = 0; k < figures.length; k++) {
    if (figures[k]!.unit === '%' || isTableCell(doc, k) || saidAsYearBefore(text, figures[k]!)) continue;
    const stated = rateOf(doc, k);
    if (!stated) continue;
    // a rate after a list's last part is the whole's the list opens on (`排放总量15,266吨，其中范围一186吨、范围二15,080吨，同比增长6.1%`)
    const i = wholeOfLastListedPart(doc, k)?.index ?? k;
    const written = figures[i]!;
    // a rate its sentence already says the old value of is read against the table only where the table's year before is another
    const saidBefore = used.has(stated.rate.figure.start) ? saidOld.get(stated.rate.figure.start) ?? null : undefined;
    if (saidBefore === null) continue;
    const named = namedTokens(doc, written, stated.rate.figure);
    // (a figure in another prefix of the unit of the rows its sentence names, `fell 5.9% to 1.95 Mt CO2-e` beside a table
    // in kt CO2-e, is read in theirs, as is the old value it says)
    const other = rowsUnit(written, rows, named);
    const figure = inOtherUnit(written, other);
    const ownOld = saidBefore && saidBefore.unit === written.unit ? inOtherUnit(saidBefore, other) : saidBefore;
    const fits = ({ row, latest, beforeYear, unit, headerUnit }: DatedRow) =>
      // a rate said against a year (`较 2022 年减少`) is against that year's column
      (stated.year === undefined || stated.year === beforeYear) && (ofRowKind(figure, latest.figure) || inRowUnit(figure, latest, unit ?? labelRate(row.label)) || (latest.figure.unit === '' && figure.unit !== '' && figure.unit === headerUnit));
    const byLabel = rows.filter((r) => namesRow(named, r.row.label) && fits(r));
    // a total row its table's caption names, when no row's own label is named (`营业收入` of `表2 营业收入构成` over `合计`),
    // or when it gives the level of a row so named (`生活垃圾处理量` in the key figures and `合计` under `表1 生活垃圾处理量`)
    const byCaption = rows.filter((r) => {
      const caption = captionedTotal(r);
      return caption !== undefined && namesRow(named, caption) && fits(r);
    });
    const labelled = byLabel.length > 0 ? [...byLabel, ...byCaption.filter((c) => !byLabel.includes(c) && byLabel.some((r) => r.latest.figure.value === c.latest.figure.value))] : byCaption;
    // (or, no row named whole, the one row the sentence names in other words whose latest cell it gives digit for digit: `每公里耗油0.546公升` of `每公里柴油消耗  公升/公里  0.546`)
    const echoed = labelled.length === 0 ? rows.filter((r) => fits(r) && givenAsWritten(written, r.latest.figure) && saysSomeWord(named, r.row.label)) : [];
    const candidates = echoed.length === 1 ? echoed : labelled;
    const restating = candidates.filter(({ latest }) => restates(figure, latest.figure));
    // a text figure of the latest year that disagrees with its row (`排放密集度為2.74…，較2022年下降5.4%`
    // beside a row of 2.61 | 2.47): its stated change is still said against the year before's cell
    // a figure restating another row's cell (`Total emissions across Scopes 1, 2 and 3 fell 3.1% to 2,184,600`,
    // the Total row's, with the rows Scope 1 / 2 / 3 named) is that row's, not the named row's nearest in value
    // (a row of words the sentence says none of, `2 Capital goods` 48,260 beside `Scope 1 and 2 emissions … fell 22.9% to 48,260`, is not meant; a bare `Total` may be)
    const another = restating.length === 0 && rows.some(({ latest, row }) => ofRowKind(figure, latest.figure) && restates(figure, latest.figure) && saysSomeWord(named, row.label));
    // or one the text slipped a power of ten in (`12.86 million cubic metres` for the row's 1,286,400): its change breaks with it
    const meant = restating.length > 0 ? restating : another ? [] : candidates.filter(({ latest, beforeYear }) => ofLatestYear(figure, beforeYear) && (closeTo(figure.value, latest.figure.value) || scaleSlipOf(figure, latest.figure)));
    // of rows within half again of a figure that restates none, the one a slip of a digit or two stands near (48,260 for 48,620, not Scope 1's 36,184)
    const nearest = meant.length > 1 && restating.length === 0 && !oneLevelInTables(doc, meant) ? meant.filter(({ latest }) => Math.abs(figure.value - latest.figure.value) <= SLIP_NEAR * latest.figure.value) : meant;
    // a row named alike whose latest cell the figure only nearly gives, from the year before of a row it restates
    // (of any row it restates whose words the sentence says some of, when no named row has its level: a bare `合计`)
    if (!ownOld) {
      const giving = restating.length > 0 ? restating : another ? rows.filter((r) => ofRowKind(figure, r.latest.figure) && restates(figure, r.latest.figure) && saysSomeWord(named, r.row.label) && fits(r)) : [];
      checks.push(...changesOnNearRows({ doc, figure, index: i }, stated.rate, stated.sign, giving, candidates));
    }
    // one level each table gives (the key figures' row and a breakdown's total): the rate is said against each one's year before
    if (nearest.length !== 1 && !oneLevelInTables(doc, nearest)) continue;
    // a second table restating the first's two years (the key figures after a breakdown) gives the same check: it is said
    // once, on the first, its year before's cell named beside it
    const alike = new Map<string, Check>();
    const onRows: Array<{ check: Check; before: DocFigure }> = [];
    for (const { before, latest, change, row } of [...nearest].sort((a, b) => a.before.figure.start - b.before.figure.start)) {
      if (!(before.figure.value > 0)) continue;
      // a sentence's own old value the table gives as it does leaves nothing more to check
      if (ownOld && (restating.length === 0 || restates(ownOld, before.figure) || !closeTo(ownOld.value, before.figure.value))) continue;
      // and a rate that holds on its sentence's own old value, beside a year before's total whose parts add up to that value
      // and not to it, is no slip of the rate: the total is (`fell 8.2% to 26,000 tCO2e from 28,310` beside a Total row of
      // 28,400 over a column adding to 28,310, a restated row's total left as it was), which the two bases' disagreement tells
      if (ownOld && heldRates.has(stated.rate.figure.start) && addsTo(unadded.get(before.figure.start), ownOld.value)) {
        checks.push({ ...pairCheck(before, { doc, figure: ownOld, index: doc.figures.indexOf(ownOld) }, 'same.differ'), rule: 'consistency.change-base' });
        continue;
      }
      const years = `${before.figure.value} ${latest.figure.value}`;
      const first = alike.get(years);
      // the rate's change on the row's own cells, whether it holds
      let onCells = first;
      if (first) first.figures.push(asCheckFigure(before, 'mention'));
      else {
        // the new value is the sentence's own figure, which its rate is said of
        const sign = stated.sign || (figure.value >= before.figure.value ? 1 : -1);
        const check = changeOnCells(before, { doc, figure, index: i }, latest, stated.rate, sign);
        onCells = check;
        // a rate on neither table's year before (表2's 合计 61.78, the key figures' 61.87, and `同比增长18.1%`) is one slip
        // of the rate: said once, on the first table, the other's year before named beside it
        const missed = check.holds ? undefined : [...alike.values()].find((c) => !c.holds);
        if (missed) missed.figures.push(asCheckFigure(before, 'mention'));
        else onRows.push({ check, before });
        alike.set(years, missed ?? check);
      }
      // (a change cell its row's own values already say slipped is one slip, one check: not again against the rate of a
      // text figure that restates no row, whose sentence's rate is read on the row only to check the slip)
      if (change && !ownOld && !(restating.length === 0 && slippedCells.has(change.figure.start))) checks.push(sameChange(stated.rate, stated.sign, change, row.label, onCells?.holds === false));
    }
    // a rate one table's year before gives and another's does not (`rose 8.2% to EUR 146.2 million` on the key figures'
    // 135,140, not Table 2's 135,410): the other cell slipped, and disagrees with the one that gives it
    const giving = onRows.find(({ check }) => check.holds);
    for (const { check, before } of onRows) {
      checks.push(check);
      if (!check.holds && giving) checks.push({ ...pairCheck(before, giving.before, 'same.differ'), rule: 'consistency.year-before-cells' });
    }
  }
  return checks;
}

/** Whether a column's parts (`sum`) come to a value as written, but for the floating point. */
const addsTo = (sum: number | undefined, value: number) => sum !== undefined && Math.abs(sum - value) <= 1e-9 * Math.max(1, Math.abs(value));

/**
 * The change from the year before's cell to the text figure; when the text rounds the latest cell (`R$5.8 billion` of
 * 5,824), from cell to cell, as the rate was worked out (5.8 / 5.312 would give 9.2, 5,824 / 5,312 gives 9.6), the text
 * figure named beside them. A rate worked out on the rounded figure is no slip: it is then checked as said. When the text
 * says the cell's own value in fewer digits (`C$66.0 million` of 66,000 thousand), the value is known to the cell's step,
 * and the rate is held to it (`rose 3.0%` from 64,000 is 3.1).
 */
function changeOnCells(before: DocFigure, said: DocFigure, latest: DocFigure, rate: DocFigure, sign: 1 | -1): Check {
  const onText = changeCheck(before, said, rate, sign, 'change.against-table-prior-year');
  const same = latest.figure.value === said.figure.value;
  if ((same && !(stepOf(latest.figure) < stepOf(said.figure))) || (!same && !restates(said.figure, latest.figure))) return onText;
  const onCells = changeCheck(before, latest, rate, sign, 'change.against-table-prior-year');
  return same || onCells.holds ? { ...onCells, figures: [...onCells.figures, asCheckFigure(said, 'mention')] } : onText;
}

/**
 * A rate that holds from the year before of a row the text figure restates (`854.9万吨，同比下降2.0%` from the key
 * figures' 872.1 | 854.9; `售电量2,186.4亿千瓦时，同比增长6.2%` from 表1's 合计 2,058.6 | 2,186.4), and a row the sentence
 * names with that same year before whose latest cell the figure nearly gives but does not (表4's 872.1 | 845.9, the key
 * figures' 售电量 2,058.6 | 2,168.4): one table's latest level slipped, and the rate is read on that row's own cells too.
 * Only a rate they break is said, the text figure named beside them. (A figure no row restates is left to its one row:
 * which of the text and the cell slipped, the rate alone cannot tell.)
 */
function changesOnNearRows(said: DocFigure, rate: DocFigure, sign: 1 | -1 | 0, giving: readonly DatedRow[], named: readonly DatedRow[]): Check[] {
  const figure = said.figure;
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const { before } of giving) {
    if (!(before.figure.value > 0)) continue;
    const towards = sign || (figure.value >= before.figure.value ? 1 : -1);
    if (!changeCheck(before, said, rate, towards, 'change.against-table-prior-year').holds) continue;
    for (const row of named) {
      const { latest } = row;
      const cells = `${row.before.figure.value} ${latest.figure.value}`;
      if (row.before.figure.value !== before.figure.value || seen.has(cells) || !ofRowKind(figure, latest.figure) || restates(figure, latest.figure)) continue;
      if (Math.abs(figure.value - latest.figure.value) > SLIP_NEAR * latest.figure.value) continue;
      seen.add(cells);
      const check = changeCheck(row.before, latest, rate, sign || (latest.figure.value >= row.before.figure.value ? 1 : -1), 'change.against-table-prior-year');
      if (!check.holds) out.push({ ...check, figures: [...check.figures, asCheckFigure(said, 'mention')] });
    }
  }
  return out;
}

/** Whether several rows are one level said in different tables: the same latest cell, no two of them in one table. */
function oneLevelInTables(doc: CheckDocument, rows: readonly DatedRow[]): boolean {
  if (rows.length < 2 || rows.some((r) => r.latest.figure.value !== rows[0]!.latest.figure.value)) return false;
  const blocks = tableBlocks(doc);
  const tables = new Set(rows.map((r) => blocks.findIndex((b) => b.includes(r.row))));
  return tables.size === rows.length && !tables.has(-1);
}

/** For each rate a check of the document read with an old value its own text says, that old value (null when the old value is a table's cell). */
function oldValuesSaid(doc: CheckDocument, own: readonly Check[]): Map<number, DocFigure['figure'] | null> {
  const out = new Map<number, DocFigure['figure'] | null>();
  let byStart: Map<number, number> | undefined;
  for (const c of own) {
    const result = c.figures.find((f) => f.role === 'result' && f.doc === doc.name);
    const old = c.figures.find((f) => f.role === 'old' && f.doc === doc.name);
    if (!result || c.kind !== 'change') continue;
    byStart ??= new Map(doc.figures.map((f, k) => [f.start, k]));
    const k = old === undefined ? undefined : byStart.get(old.start);
    const text = k === undefined || isTableCell(doc, k) ? null : doc.figures[k]!;
    // a rate read twice keeps the table's reading (null): only a text old value lets the table be asked
    out.set(result.start, out.has(result.start) ? null : text);
  }
  return out;
}

/** The most words a row's initials stand for (`lost time injury frequency rate`, LTIFR). */
const INITIALS_WORDS = 6;

/** The initials of each run of three or more words said (`lost time injury frequency rate` says `ltifr`), which name a row labelled by them. */
function initialsSaid(naming: string): string[] {
  const words = naming.match(/\p{L}+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = 3; n <= INITIALS_WORDS && i + n <= words.length; n++) out.push(words.slice(i, i + n).map((w) => w.charAt(0).toLowerCase()).join(''));
  return out;
}

/** A clause's opening after another clause's figure: `, and `, `; `, `，`, ` while `. */
const CLAUSE_BREAK = /(?:[,;，；]\s*(?:and|while|whereas|but)?|\s(?:and|while|whereas))\s*$/i;
/** A metric's leading conjunction, which opens its clause (`and net property income`). */
const LEADING_CONJUNCTION = /^\s*(?:and|while|whereas|but)\s+/i;

/**
 * The words naming a figure, from its own clause when it names its metric after a clause of another figure
 * (`Gross revenue rose 4.2% to S$285.7 million, and net property income grew 4.4% to`: net property income, not revenue).
 */
function ownClause(naming: string, metric: string | undefined): string {
  const own = metric?.replace(LEADING_CONJUNCTION, '').trim();
  if (!own || own.length < 3) return naming;
  const at = naming.lastIndexOf(own);
  if (at <= 0) return naming;
  const before = naming.slice(0, at);
  return CLAUSE_BREAK.test(before) && /\d/.test(before) ? naming.slice(at) : naming;
}

/** Just before a figure, the words that make it the year before's: `上年为`, `去年同期为`, `from`, `较上年的`. */
const YEAR_BEFORE_IS = /(?:上年|去年|上一年|前一年)(?:同期)?(?:为|為|是)\s*$/;
/** `单位头均耗水1.46立方米/头，上年为1.57立方米/头，同比下降7.0%`: the year before's figure is no new value its sentence's rate is of. */
const saidAsYearBefore = (text: string, figure: DocFigure['figure']): boolean =>
  saidAsPrior(text, figure) || YEAR_BEFORE_IS.test(text.slice(Math.max(figure.sentence.start, figure.start - 8), figure.start));

/** The words naming a text figure's row: its clause before it, the words after it that its rate follows, its metric, heading and list lead. */
function namedTokens(doc: CheckDocument, figure: DocFigure['figure'], rate: DocFigure['figure']): Set<string> {
  const { text } = doc;
  // the figure's own metric too: it is read across a line break a PDF wrapped (`2023年排⏎放密集度為2.74`)
  // and the heading its paragraph stands under (`Packaging` over `Adjusted operating profit grew 10.4% to £186.4 million`)
  // a word joined by a hyphen names a row by its first part too (`coal-fired generation` the row `Coal`)
  // (a word a line break parted at its hyphen, `Location-⏎based`, is one word)
  const naming = ownClause(text.slice(Math.max(figure.sentence.start, figure.start - NAMING), figure.start).replace(WRAPPED_HYPHEN, '-'), figure.metric);
  // and the words after it that its rate follows (`1,162 GWh of electricity exported to the grid, 8.9% more`)
  const after = rate.start > figure.end ? text.slice(figure.end, rate.start) : '';
  return new Set([...metricTokens(naming), ...metricTokens(after), ...initialsSaid(naming), ...(naming.includes('-') ? metricTokens(naming.replace(HYPHEN, ' ')) : []), ...metricTokens(figure.metric), ...metricTokens(paragraphHeading(doc, figure.start)), ...metricTokens(listLead(text, figure.sentence.start))]);
}

/**
 * The unit of the rows its words name (by label or caption) that a text figure in another prefix of their unit restates
 * as the text rounds it (`1.95 Mt CO2-e` beside `Total Scope 1 and 2  1,947.2` in kt CO2-e: 1,945 to 1,955 kt), and how
 * many of that unit one of the figure's makes (1,000); undefined when a named row restates it as written, or rows of two
 * units do. Its rate is then read on those rows' cells.
 */
function rowsUnit(figure: DocFigure['figure'], rows: readonly DatedRow[], named: ReadonlySet<string>): { factor: number; unit: string } | undefined {
  let found: { factor: number; unit: string } | undefined;
  for (const dated of rows) {
    const { row, latest } = dated;
    const cell = latest.figure;
    const caption = captionedTotal(dated);
    if (cell.unit === '' || !comparable(figure, cell) || !(namesRow(named, row.label) || (caption !== undefined && namesRow(named, caption)))) continue;
    if (unitFactor(cell) === unitFactor(figure)) {
      if (restates(figure, cell)) return undefined;
      continue;
    }
    const factor = unitFactor(figure) / unitFactor(cell);
    if (!restates(inOtherUnit(figure, { factor, unit: cell.unit }), cell)) continue;
    if (found !== undefined && found.unit !== cell.unit) return undefined;
    found = { factor, unit: cell.unit };
  }
  return found;
}

/** A figure in the rows' unit (`rowsUnit`), its value scaled and its text as written (its rounding scales with it: `stepOf`). */
const inOtherUnit = (figure: DocFigure['figure'], other: { factor: number; unit: string } | undefined): DocFigure['figure'] =>
  other === undefined || figure.unit === other.unit ? figure : { ...figure, value: figure.value * other.factor, ...(figure.valueMax === undefined ? {} : { valueMax: figure.valueMax * other.factor }), unit: other.unit };

/**
 * A text figure of the kind of a row's cells: of their unit (at its prefix: `41.8 Mt` is no cell of a `kt` row, whose
 * amounts it would be read against as written, unless `rowsUnit` read it in theirs), or an amount in a bare 元 (`236.4億元`) of a row in a currency (`單位：新臺幣億元`).
 */
const ofRowKind = (figure: DocFigure['figure'], cell: DocFigure['figure']): boolean =>
  (comparable(figure, cell) && unitFactor(figure) === unitFactor(cell)) || (BARE_YUAN.test(figure.text) && dimensionOf(figure).startsWith('currency:') && dimensionOf(cell).startsWith('currency:'));

/** The fewest significant digits a text figure gives a cell with to name its row alone (`givenAsWritten`). */
const ECHO_DIGITS = 3;

/** A text figure written with a cell's very digits, three significant at least, and of its value (`0.546公升` and `0.546`): that cell said again. */
const givenAsWritten = (figure: DocFigure['figure'], cell: DocFigure['figure']): boolean => {
  const digits = writtenNumber(figure.text);
  return figure.value === cell.value && digits !== undefined && digits === writtenNumber(cell.text) && (significantDigits(figure.text)?.length ?? 0) >= ECHO_DIGITS;
};

/** Whether the words said name some word of a label, or the label has no words of its own (`Total`). */
function saysSomeWord(named: ReadonlySet<string>, label: string): boolean {
  const words = metricTokens(label);
  return words.length === 0 || words.some((t) => named.has(t));
}

/** A hyphen at a line's end between letters (`Location-⏎based`). */
const WRAPPED_HYPHEN = /(?<=\p{L})-[ \t]*\n[ \t]*(?=\p{L})/gu;
/** A hyphen between letters (`coal-fired`). */
const HYPHEN = /(?<=\p{L})-(?=\p{L})/gu;
/** A unit closing the label column's header, after a comma or in brackets (`Power generation by source, TWh`, `Generation (GWh)`). */
const HEADER_UNIT = /(?:,\s*([^,()（）]{1,12})|[(（]([^()（）]{1,16})[)）])\s*$/;

/** The unit of a measure the label column's header gives a table's bare cells, if it gives one. */
function headerUnitOf(label: string | undefined): string | undefined {
  const m = label === undefined ? null : HEADER_UNIT.exec(label.trim());
  const spec = m ? specIn((m[1] ?? m[2]!).trim()) : null;
  return spec && spec.factor === 1 && spec.unit?.kind === 'measure' ? spec.unit.unit : undefined;
}

/** How many items of a list are looked back over for its lead. */
const LIST_ITEMS = 12;

/**
 * `…brought the energy consumption per unit of our main products down again:⏎ - cells: 6.42 tce/MW, down 12.6%;`:
 * the lead a colon closes above a list names the metric its items give for each thing (the words of its line,
 * '' when the sentence does not open a list's item).
 */
function listLead(text: string, at: number): string {
  let line = text.lastIndexOf('\n', at - 1) + 1;
  for (let n = 0; n < LIST_ITEMS && line > 0; n++) {
    if (!ITEM_LINE.test(text.slice(line, line + 8))) return '';
    const above = text.lastIndexOf('\n', line - 2) + 1;
    const lead = text.slice(above, line - 1).trimEnd();
    if (lead.endsWith(':') || lead.endsWith('：')) return lead;
    line = above;
  }
  return '';
}

/** A rate its row's label gives in brackets at its end (`Landfill levy paid (A$ per tonne)`), read as a unit column's cell. */
function labelRate(label: string): string | undefined {
  const bracket = /[(（]([^()（）]{1,40})[)）]\s*$/.exec(label)?.[1];
  return bracket !== undefined && PER_UNIT.test(bracket) ? bracket : undefined;
}

/** A unit column's header. */
const UNIT_HEADER = /^\s*(?:单位|單位|units?)\s*$/i;
/** A rate's unit in a unit column, its amount's unit before the thing it is per (`立方米/辆`, `m3/vehicle`, `MWh per bed`). */
const PER_UNIT = /^\s*([^/]+?)\s*(?:\/|\bper\s)/i;

/**
 * A text figure said in the amount's unit of a row whose bare cells a unit column calls a rate
 * (`单车耗水降至10.4立方米` of the row `单车耗水 | 立方米/辆 | … | 10.4`, `Water use per vehicle fell 16.4% to
 * 10.4 m3` of `m3/vehicle`): the sentence names the row, which says what it is per.
 */
function inRowUnit(figure: DocFigure['figure'], latest: DocFigure, unit: string | undefined): boolean {
  if (unit === undefined || latest.figure.unit !== '' || figure.unit === '') return false;
  const amount = PER_UNIT.exec(unit)?.[1];
  const spec = amount === undefined ? null : specIn(amount);
  return spec !== null && spec.factor === 1 && spec.unit?.unit === figure.unit;
}

/** A text figure no other year's: of the latest year's column, or of no year its sentence names. */
function ofLatestYear(figure: DocFigure['figure'], beforeYear: number | undefined): boolean {
  const year = yearOfPeriod(figure.period);
  return year === undefined || beforeYear === undefined || year === beforeYear + 1;
}

/** How near a slipped figure stands to its cell, as a share of the cell, when rows farther off could be meant too. */
const SLIP_NEAR = 0.1;

/** Two amounts near enough to be one metric's with a slip in one (within half again of each other). */
const closeTo = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 1.5;

/** Whether the text figure is the cell of its own unit a power of ten apart, its digits the cell's as the text rounds it. */
function scaleSlipOf(said: DocFigure['figure'], cell: DocFigure['figure']): boolean {
  // a figure per something (`0.93吨标准煤/吨`, its unit read without what it is per) is no amount at another scale
  // (a count of a noun is a bare cell's count of it, the row its sentence names: `1.38 million truck and bus radial tyres` of `Truck and bus radial  13.80`)
  if ((said.unit !== cell.unit && !(cell.unit === '' && ENGLISH_NOUN.test(said.unit) && dimensionOf(said) === 'count')) || perSomething(said.text) !== perSomething(cell.text)) return false;
  const power = Math.round(Math.log10(said.value / cell.value));
  if (power === 0 || !Number.isFinite(power)) return false;
  const { lo, hi } = intervalOf(said);
  const [from, to] = [lo / 10 ** power, hi / 10 ** power];
  return cell.value >= from - 1e-9 * Math.abs(from) && cell.value <= to + 1e-9 * Math.abs(to);
}

/** A figure's own words saying what it is per: `/MW`, `per tonne`, `每吨`. */
const perSomething = (text: string): boolean => text.includes('/') || text.includes('每') || / per /i.test(text);

/** Whether the text figure is the cell as the text rounds it: the cell's amount lies within the figure as written. */
export function restates(said: DocFigure['figure'], cell: DocFigure['figure']): boolean {
  const { lo, hi } = intervalOf(said);
  return cell.value >= lo - 1e-9 * Math.abs(lo) && cell.value <= hi + 1e-9 * Math.abs(hi);
}

/** The rate the sentence states as this figure's change on the year before, and its direction. */
function rateOf(doc: CheckDocument, i: number): { rate: DocFigure; sign: 1 | -1 | 0; year?: number } | undefined {
  const { figures, text } = doc;
  const figure = figures[i]!;
  // a share said between the figure and its rate (`原料煤1,018.3万吨标准煤，占65.2%，同比增长3.6%`, `CAD 286.4 million, 59.9% of
  // revenue, up 6.8%`) is passed over
  const following = figures[i + 1];
  const share =
    following?.unit === '%' && (SHARE_AFTER_NEW.test(text.slice(figure.end, following.start)) || (EN_SHARE_BETWEEN.test(text.slice(figure.end, following.start)) && EN_WHOLE_AFTER.test(text.slice(following.end, following.end + 48))))
      ? following
      : undefined;
  const next = figures[share ? i + 2 : i + 1];
  if (next && next.unit === '%' && next.sentence.start === figure.sentence.start) {
    const between = share ? text.slice(share.end, next.start) : withoutCountedNoun(text.slice(figure.end, next.start), figure.unit);
    const zhSaid = ZH_RATE_AFTER.exec(between);
    const zh = zhSaid !== null;
    const after = text.slice(next.end, next.end + 40);
    const en =
      (EN_FIGURE_THEN_RATE.test(between) && (EN_YEAR_ON_YEAR_AFTER.test(after) || (/\b(?:up|down)\s+(?:by\s+)?$/i.test(between) && EN_BARE_RATE_ENDS.test(after)))) ||
      (!zh && EN_FIGURE_ASIDE_VERB_RATE.test(between) && EN_BARE_RATE_ENDS.test(after)) ||
      (!zh && EN_FIGURE_WHICH_CHANGED.test(between) && (EN_YEAR_ON_YEAR_AFTER.test(after) || EN_BARE_RATE_ENDS.test(after)));
    // `we exported 1,162 GWh of renewable electricity to the grid, 8.9% more than in 2023/24`: the rate its comparison makes a change
    const than = !zh && !en && EN_FIGURE_WORDS_THEN_RATE.test(between) ? EN_MORE_THAN_BEFORE.exec(after) : null;
    if (than) {
      const year = yearIn(than[0]);
      return { rate: { doc, figure: next, index: share ? i + 2 : i + 1 }, sign: changeSign(than[0], { than: true }), ...(Number.isNaN(year) ? {} : { year }) };
    }
    if (zh || en) {
      // a Chinese rate says its direction before it; an English one may say it after (`4.9% lower than`)
      const sign = changeSign(zh ? between : `${between} ${EN_YEAR_ON_YEAR_AFTER.exec(after)?.[0] ?? ''}`, { than: true });
      // the year the rate is on, when it names one (`較2021年增長`, `6.3% below FY2021`)
      const year = zhSaid?.groups?.['year'] ?? (zh ? undefined : yearIn(EN_YEAR_ON_YEAR_AFTER.exec(after)?.[0] ?? ''));
      if (sign) return { rate: { doc, figure: next, index: share ? i + 2 : i + 1 }, sign, ...(year !== undefined && !Number.isNaN(Number(year)) ? { year: Number(year) } : {}) };
    }
  }
  const previous = figures[i - 1];
  // `rose 4.9% to 58,490`, `營收成長10.2%至236.4億元`
  const zhBefore = previous && ZH_RATE_THEN_FIGURE.test(text.slice(previous.end, figure.start));
  if (previous && previous.unit === '%' && previous.sentence.start === figure.sentence.start && (zhBefore || EN_RATE_THEN_FIGURE.test(text.slice(previous.end, figure.start)))) {
    const verb = (zhBefore ? ZH_VERB_BEFORE : EN_VERB_BEFORE).exec(text.slice(Math.max(figure.sentence.start, previous.start - 24), previous.start)) ?? (zhBefore ? null : EN_VERB_OBJECT_BY.exec(text.slice(Math.max(figure.sentence.start, previous.start - VERB_OBJECT), previous.start)));
    const sign = verb ? changeSign(verb[0], { than: true }) : 0;
    // `improved 1.5% to 13.08 GJ/ADt`: better, the way the figure went (its size is what is checked)
    if (sign || (verb && /improved/i.test(verb[0]))) return { rate: { doc, figure: previous, index: i - 1 }, sign };
  }
  return undefined;
}

/**
 * The words between a count and its rate, the count's own noun opening them aside (` truck and bus radial tyres, up `
 * as ` tyres, up `): the noun is the figure's, not words between it and its rate, however long it is.
 */
function withoutCountedNoun(between: string, unit: string): string {
  if (!ENGLISH_NOUN.test(unit)) return between;
  const lead = /^\s*/.exec(between)![0];
  return between.slice(lead.length, lead.length + unit.length).toLowerCase() === unit.toLowerCase() ? ` ${between.slice(lead.length + unit.length)}` : between;
}

/**
 * The rows of the document's tables with a cell in the latest year's column and in the year's just before: rows of
 * amounts a share can be taken of, or (`levels`) of any one kind, percentages and rates too (`Self-generation ratio %`).
 */
export function datedRows(doc: CheckDocument, levels = false): readonly DatedRow[] {
  const read = levels ? datedLevelRowsRead : datedRowsRead;
  let rows = read.get(doc);
  if (!rows) read.set(doc, (rows = readDatedRows(doc, levels)));
  return rows;
}

/** Each document's dated rows, read once: as `comparable` pairs its cells, and (`levels`) by their dimension alone. */
const datedRowsRead = new WeakMap<CheckDocument, readonly DatedRow[]>();
const datedLevelRowsRead = new WeakMap<CheckDocument, readonly DatedRow[]>();

function readDatedRows(doc: CheckDocument, levels: boolean): DatedRow[] {
  const out: DatedRow[] = [];
  for (const block of tableBlocks(doc)) {
    const header = headerOf(doc, block);
    if (!header) continue;
    // a fiscal year in two digits is no period of its own: the cell is its year (`FY24`)
    const years = header.map((t) => (SHARE_HEADER.test(t) ? NaN : /^FY\s?\d{2}$/i.test(t.trim()) ? yearIn(t) : yearIn(periodsIn(t, 0, t.length)[0]?.text ?? '')));
    const dated = years.map((y, c) => [y, c] as const).filter(([y]) => !Number.isNaN(y));
    if (dated.length < 2) continue;
    const newest = Math.max(...dated.map(([y]) => y));
    const unitColumn = header.findIndex((t) => UNIT_HEADER.test(t));
    const headerUnit = headerUnitOf(header[0]);
    let measure: string | undefined | null = null;
    for (const { latestColumn, beforeColumn, changeColumn } of yearGroups(header, years, dated, newest))
      for (const row of block) {
        const [latest, before] = [row.cells[latestColumn], row.cells[beforeColumn]];
        if (row.header || !latest || !before || !(levels ? dimensionOf(latest.figure) === dimensionOf(before.figure) : comparable(latest.figure, before.figure))) continue;
        const change = changeColumn >= 0 ? row.cells[changeColumn] : undefined;
        const unit = unitColumn >= 0 ? row.texts[unitColumn] : undefined;
        if (measure === null) measure = captionMeasure(doc.text, block);
        out.push({ row, latest, before, change: change?.figure.unit === '%' ? change : undefined, beforeYear: newest - 1, ...(unit ? { unit } : {}), ...(headerUnit ? { headerUnit } : {}), ...(measure ? { measure } : {}) });
      }
  }
  return out;
}

/** A total row's measure as its table's caption names it, without the caption's word for how much (`营业收入` over `合计`). */
const captionedTotal = ({ row, measure }: DatedRow): string | undefined => (measure !== undefined && TOTAL_ROW.test(row.label) ? measure.replace(CAPTION_QUANTITY, '') : undefined);

/** A caption's word for how much of its measure there is (`Harvest volumes`, `Number of …`), which a sentence seldom says (`We harvested`). */
const CAPTION_QUANTITY = /\b(?:volumes?|quantit(?:y|ies)|amounts?|number\s+of)\b/gi;

/** A total row's label of no words of its own. */
const TOTAL_ROW = /^\s*(?:合计|合計|总计|總計|total|group total|grand total)\s*$/i;
/** A table's caption: its number (`表2`, `Table 2:`), its measure, what it is broken down by, its unit in brackets. */
const CAPTION_LINE = new RegExp(
  String.raw`^(?:${CAPTION_NUMBER.source.slice(1)}\s*)?(?<measure>[^\d()（）:：.。;；,，]{2,40}?)(?:\s+(?:by|per)\s+[^()（）]*|构成|構成|结构|結構|分布|明细|明細|情况|情況|按[^\d()（）]{1,8}?(?:划分|劃分|分类|分類|统计|統計))?\s*(?:[(（][^()（）]*[)）]\s*)?$`,
  'i',
);

/**
 * What a table's total row measures, as the caption over its header names it: `营业收入` of `表2 营业收入构成（单位：亿元）`,
 * `Revenue` of `Table 2 Revenue by business (RMB billion)`. The caption is the line just above the header (or above its line of
 * units, `单位：万元`), numbered as a table's or short, with no sentence's end.
 */
function captionMeasure(text: string, block: readonly Row[]): string | undefined {
  // a block that opens on a header row may hold its caption (`Table 1  Harvest volumes by region   (tonnes GWT)` over its years)
  const head = block[0]!;
  const lines = captionLines(text, head, { own: head.header });
  let caption = lines.next().value;
  // a header of years set above the block's rows (`      2023      2022     Change (%)`) stands between them and the caption
  if (caption?.years) caption = lines.next().value;
  // and a line of the cells' unit between the caption and the table (`单位：万元`, `(EUR thousand)`) says what they are counted in, not what
  if (caption !== undefined && UNIT_LINE.test(caption.line)) caption = lines.next().value;
  return caption && (CAPTION_LINE.exec(caption.line)?.groups?.['measure']?.trim() || undefined);
}

/**
 * The header's columns of the latest year and the year before, with its change column: one of each, or,
 * when the header gives each measure its own years (`£m | 2023 | 2022 | Change | 2023 | 2022 | Margin 2023`,
 * Revenue's then Adjusted operating profit's), each latest year's column with the year before's beside
 * it, and a change column just after the two.
 */
function yearGroups(header: string[], years: number[], dated: ReadonlyArray<readonly [number, number]>, newest: number): Array<{ latestColumn: number; beforeColumn: number; changeColumn: number }> {
  const isChange = (c: number) => c >= 0 && c < header.length && CHANGE_HEADER.test(header[c]!) && Number.isNaN(years[c]!);
  if (dated.filter(([y]) => y === newest).length === 1) {
    const beforeColumn = dated.find(([y]) => y === newest - 1)?.[1];
    return beforeColumn === undefined ? [] : [{ latestColumn: dated.find(([y]) => y === newest)![1], beforeColumn, changeColumn: header.findIndex((_, c) => isChange(c)) }];
  }
  const groups: Array<{ latestColumn: number; beforeColumn: number; changeColumn: number }> = [];
  for (let k = 0; k + 1 < dated.length; k++) {
    const [[y, c], [y2, c2]] = [dated[k]!, dated[k + 1]!];
    if (c2 !== c + 1 || new Set([y, y2]).size !== 2 || ![y, y2].every((v) => v === newest || v === newest - 1)) continue;
    groups.push({ latestColumn: y === newest ? c : c2, beforeColumn: y === newest ? c2 : c, changeColumn: isChange(c2 + 1) ? c2 + 1 : -1 });
    k++;
  }
  return groups;
}

/** The block's header of years: its own, or one a few lines above it with only short section lines between (`Financial ($ million)`). */
function headerOf(doc: CheckDocument, block: Row[]): string[] | undefined {
  const own = yearHeaderRow(block, YEAR);
  const first = block.find((r) => r.cells.some(Boolean));
  // a header of years alone over a blank label column (`      2023      2022` over `Consumer fixed   1,142.8   1,098.5`), or set in
  // with a unit's heading first (`      Unit      2024      2023`): its headings head the rows' last cells
  if (own) return first && ((YEAR.test(own.texts[0]!) && own.texts.length < first.texts.length) || overBlankLabels(doc.text, own, first.texts.length)) ? [...Array<string>(first.texts.length - own.texts.length).fill(''), ...own.texts] : own.texts;
  const cell = first?.cells.find(Boolean);
  if (!first || !cell) return undefined;
  const width = first.texts.length;
  let end = doc.text.lastIndexOf('\n', cell.figure.start);
  for (let walked = 0; end > 0 && walked < HEADER_LINES; walked++) {
    const start = doc.text.lastIndexOf('\n', end - 1) + 1;
    const line = doc.text.slice(start, end);
    end = start - 1;
    const texts = line.includes('\t') ? line.split('\t') : line.trim().split(/ {2,}|\u3000+/);
    if (texts.filter((t) => YEAR.test(t)).length >= 2 && !/\d[\d,]*\.\d|\d,\d{3}/.test(line)) {
      // an indented header (`      2023-24    2022-23    Change`) leaves the label column blank
      if (texts.length === width - 1 && /^\s{2,}/.test(line)) return ['', ...texts];
      return texts.length === width ? texts : undefined;
    }
    // between a header and its rows: other rows of the table, or a short section line (set in, it may be a
    // header's wrapped second line, `year (%)` under `vs. previous`)
    if (line.trim() === '' || (texts.length < 2 && (line.trim().length > HEADING_LINE || /[.。;；]\s*$/.test(line)))) return undefined;
  }
  return undefined;
}

/** A size written with the sign of its direction, when it has one and does not write it. */
const signed = (text: string, sign: 1 | -1 | 0): string => (sign === 0 || /^\s*[-+−–]/.test(text) ? text : `${sign > 0 ? '+' : '-'}${text.trim()}`);

/** Whether a cell writes its plus sign (`+8.6`), in its text or just before it. */
const plusWritten = ({ doc, figure }: DocFigure) => figure.text.trimStart().startsWith('+') || doc.text.charCodeAt(figure.start - 1) === 0x2b;

/**
 * Whether two roundings share more than their edge: `fell 2.3%` (2.25 to 2.35) and a column's `-2.2` (2.15 to 2.25) only meet
 * at 2.25, which rounds to one of them, not both — two sizes written to one decimal whose digits differ are two rates.
 */
const overlapsWithin = (a: Interval, b: Interval): boolean => {
  // (a value said as exact, no rounding, is a point: within the other's rounding, edge or not)
  if (a.lo === a.hi || b.lo === b.hi) return overlaps(a, b);
  const edge = 1e-9 * Math.max(Math.abs(a.hi), Math.abs(b.hi));
  return a.lo < b.hi - edge && b.lo < a.hi - edge;
};

/**
 * The text's rate, said up or down (`sign`, 0 when unsaid), against the row's change column: one change said twice must
 * agree, in size and, where the column writes a sign (`-3.7`, `+8.6`), in direction. A rate the row's own cells do not give
 * (`offCells`: `fell 2.3% to 24,860 MWh` beside 25,420 | 24,860) is held to the column's rounding short of its edge
 * (`overlapsWithin`); one they give may have been worked on the text's rounder figures (`rose 3.0% to S$512 million` beside
 * 497.0 | 512.4 | +3.1) and meets the column at its edge.
 */
export function sameChange(rate: DocFigure, sign: 1 | -1 | 0, column: DocFigure, label: string, offCells = false): Check {
  const size = ({ lo, hi }: Interval): Interval => ({ lo: Math.min(Math.abs(lo), Math.abs(hi)), hi: Math.max(Math.abs(lo), Math.abs(hi)) });
  const written = column.figure.value < 0 ? -1 : plusWritten(column) ? 1 : 0;
  const holds = (offCells ? overlapsWithin : overlaps)(size(intervalOf(rate.figure)), size(intervalOf(column.figure))) && (sign === 0 || written === 0 || column.figure.value === 0 || sign === written);
  return {
    kind: 'consistency',
    holds,
    figures: [asCheckFigure(rate, 'mention'), asCheckFigure(column, 'mention')],
    rule: 'consistency.change-column',
    ...(holds
      ? saying('same.holds', { metric: label, value: rate.figure.text, count: 2 })
      : saying('same.differ', {
          metric: label,
          // (the text's direction said as the column's sign: `下降8.7%` against `+8.7` reads `-8.7% … vs +8.7`)
          a: signed(rate.figure.text, sign),
          aQualifier: qualifierTerm(rate.figure.qualifier),
          aDoc: rate.doc.name,
          aPlace: placeTerm(false),
          b: signed(column.figure.text, written),
          bQualifier: qualifierTerm(column.figure.qualifier),
          bDoc: column.doc.name,
          bPlace: placeTerm(true),
        })),
  };
}
