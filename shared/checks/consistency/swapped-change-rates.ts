// One change said twice in running text with two of its rate's digits swapped: the chair's `we made 17.3% more helmets`
// against the operations section's `We produced 96.4 lakh helmets …, up 13.7%`; `Revenue rose 12.0% to £57.4 million` against
// `Total revenue was £57.4 million, up 10.2% on 2023`; `营业收入同比增长17.3%` against `实现营业收入9.64亿元，同比增长13.7%`. The
// metric rules group neither (a letter's rate names its metric in a word or two, or after the rate: `17.3% more helmets`,
// `a 17.3% rise in output`), and two rates of one metric may differ (a segment's, a quarter's); two rates written with the
// same digits, two of them swapped, the same way and named by one word, are one rate slipped, unless each is what its own
// values give (`较上年的23,040万元增长86.0%` of revenue, `较上年的71.2万副增长80.6%` of pairs sold: two rates, both right) or
// the amounts beside them are of two units. Rates are bucketed by their digits per document, so the work is linear in the
// figures.

import { samePeriod } from '../../metrics/index';
import { changeSign, saidAsChange } from '../readers/markers';
import { dimensionOf } from '../readers/dimension';
import { isTableFigure } from '../readers/figure-facts';
import { figureId, type FigureId } from '../readers/figure-places';
import { writtenNumber } from '../readers/precision';
import { changedByAfterObject } from './consistency-changed-by';
import { metricTokens } from './metric-tokens';
import { pairCheck } from './pair-check';
import { resultOf, type Check, type CheckDocument, type DocFigure } from '../types';

/** The fewest digits a rate is written with for its digits swapped to say a slip (`9.5` and `5.9` are often two rates). */
const DIGITS = 3;
/** A bucket larger than this is a number too common to say anything about. */
const MAX_BUCKET = 8;

/**
 * Two running-text rates of change of one document, one the other's with two digits swapped: neither pair already told
 * (both in `checks`' failing consistency checks), nor both what their own values give (results of holding changes).
 */
export function swappedChangeRates(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const flagged = new Set<FigureId>();
  const held = new Set<FigureId>();
  for (const c of checks) {
    if (c.kind === 'consistency' && !c.holds) for (const f of c.figures) flagged.add(figureId(f.doc, f.start));
    const result = c.kind === 'change' && c.holds ? resultOf(c) : undefined;
    if (result) held.add(figureId(result.doc, result.start));
  }
  const out: Check[] = [];
  for (const doc of docs) {
    const buckets = new Map<string, Rate[]>();
    doc.figures.forEach((figure, index) => {
      if (figure.unit !== '%' || figure.valueMax !== undefined || figure.value === 0) return;
      const at: DocFigure = { doc, figure, index };
      if (isTableFigure(at)) return;
      const digits = typedDigits(figure.text);
      if (digits === undefined || digits.length < DIGITS) return;
      const way = wayOf(doc.text, figure);
      if (way === undefined) return;
      const key = [...digits].sort().join('');
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      if (bucket.length <= MAX_BUCKET) bucket.push({ at, digits, way, tokens: undefined });
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      const said = new Set<FigureId>();
      for (let i = 0; i < bucket.length; i++)
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = [bucket[i]!, bucket[j]!];
          const [ia, ib] = [idOf(a.at), idOf(b.at)];
          if (said.has(ia) || said.has(ib) || (flagged.has(ia) && flagged.has(ib)) || (held.has(ia) && held.has(ib))) continue;
          if (!swapped(a.digits, b.digits) || (a.way !== 0 && b.way !== 0 && a.way !== b.way) || a.at.figure.sentence.start === b.at.figure.sentence.start) continue;
          if (!samePeriod(a.at.figure.period, b.at.figure.period) || !namedAlike(a, b)) continue;
          said.add(ia).add(ib);
          out.push(pairCheck(a.at, b.at, 'same.differ', nameOf(a) ?? nameOf(b)));
        }
    }
  }
  return out;
}

interface Rate {
  at: DocFigure;
  digits: string;
  /** The way it says the change went: up 1, down -1, unsaid 0. */
  way: 1 | -1 | 0;
  /** What it is a rate of, read the first time a pair asks. */
  tokens: Set<string> | undefined;
}

const idOf = (f: DocFigure) => figureId(f.doc.name, f.figure.start);

/** A number's digits as written, its point and leading zeros aside (`12.0` is 120, `0.86` is 86). */
function typedDigits(text: string): string | undefined {
  const written = writtenNumber(text);
  return written === undefined ? undefined : written.replace('.', '').replace(/^0+/, '');
}

/** Two digit strings of one length that differ only by two digits swapped (`173` and `137`, `120` and `102`). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const differ: number[] = [];
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && differ.push(k) > 2) return false;
  return differ.length === 2 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/**
 * The way a running-text rate says a change went, or undefined for no rate of change: its change words before it (`rose`,
 * `up`, `同比增长`, `下降`, `we cut our emissions by`), or its comparison after it (`17.3% more helmets`, `a 17.3% rise in output`, `4.2% lower than`).
 */
function wayOf(text: string, figure: DocFigure['figure']): 1 | -1 | 0 | undefined {
  const after = AFTER.exec(text.slice(figure.end, figure.end + 16));
  if (after) return UP_AFTER.test(after[1]!) ? 1 : -1;
  // (after its verb's object, `we cut our emissions by 12.2%`)
  const by = changedByAfterObject(text, figure);
  if (by) return by.way === 'up' ? 1 : -1;
  if (!saidAsChange(text, figure)) return undefined;
  return changeSign(text.slice(Math.max(figure.sentence.start, figure.start - 24), figure.start));
}

/** A comparative or a noun of change right after a rate (`more`, `fewer`, `rise`, `increase`, `drop`). */
const AFTER = /^\s*(more|higher|rise|increase|growth|less|fewer|lower|fall|drop|decrease|decline|reduction)\b/i;
const UP_AFTER = /^(?:more|higher|rise|increase|growth)$/i;

/**
 * Whether two rates name one thing: a word of their metrics in common, or of the amounts said beside each in its sentence
 * (`Revenue rose 12.0% to £57.4 million`, `Total revenue was £57.4 million …, up 10.2%`), or of the noun just after a
 * comparative (`17.3% more helmets`, `a 17.3% rise in output`); a change's own words name nothing.
 */
function namedAlike(a: Rate, b: Rate): boolean {
  // (amounts beside both, of no unit in common: two quantities' rates, `23,040万元增长86.0%` of revenue, `71.2万副增长80.6%` of pairs)
  const [ua, ub] = [unitsBeside(a.at), unitsBeside(b.at)];
  if (ua.length > 0 && ub.length > 0 && !ua.some((u) => ub.includes(u))) return false;
  const [ta, tb] = [tokensOf(a), tokensOf(b)];
  for (const t of ta) if (tb.has(t)) return true;
  return false;
}

function tokensOf(r: Rate): Set<string> {
  if (r.tokens) return r.tokens;
  const { doc, figure } = r.at;
  const words = [figure.metric, ...(changedByAfterObject(doc.text, figure)?.tokens ?? [])];
  // (and a count's noun, `96.4 lakh helmets, 17.3% more than the year before`)
  for (const f of amountsBeside(r.at)) words.push(f.metric, dimensionOf(f) === 'count' ? f.unit : undefined);
  const noun = NOUN_AFTER.exec(doc.text.slice(figure.end, figure.end + 40));
  if (noun) words.push(noun[1]);
  const tokens = new Set<string>();
  for (const w of words) for (const t of metricTokens(w)) if (!CHANGE_WORD.test(t) && !/^\d+$/.test(t)) tokens.add(t);
  return (r.tokens = tokens);
}

/** What a rate is named by in a message: its metric, or the amount's beside it, the first that says more than the change. */
function nameOf(r: Rate): string | undefined {
  const named = (m: string | undefined) => m !== undefined && metricTokens(m).some((t) => !CHANGE_WORD.test(t) && !/^\d+$/.test(t));
  return [r.at.figure.metric, ...amountsBeside(r.at).map((f) => f.metric)].find(named);
}

/** The units of the amounts beside a rate, those that name one (`2.31 million` names none). */
const unitsBeside = (at: DocFigure) => amountsBeside(at).flatMap((f) => (f.unit.trim() === '' ? [] : [f.unit]));

/** The amounts said just before and just after a rate in its sentence (`Revenue rose 12.0% to £57.4 million`, `£57.4 million, up 10.2% on the £52.1 million`). */
function amountsBeside({ doc, figure, index }: DocFigure): Array<DocFigure['figure']> {
  const out: Array<DocFigure['figure']> = [];
  for (const k of [index - 1, index + 1]) {
    const f = doc.figures[k];
    if (f !== undefined && f.unit !== '%' && f.sentence.start === figure.sentence.start) out.push(f);
  }
  return out;
}

/** The noun after a rate's comparative (`more helmets`, `rise in output`, `fewer injuries`). */
const NOUN_AFTER = /^\s*(?:more|fewer|less|higher|lower|rise|increase|growth|fall|drop|decrease|decline|reduction)\s+(?:in\s+)?(?:our\s+|the\s+)?([A-Za-z]+(?:\s+[A-Za-z]+)?)/i;

/** Tokens that say a change, a year or a period, not what changed. */
const CHANGE_WORD = /^(?:rose|grew|increas|climb|jump|fell|decreas|declin|dropp|drop|slipp|dipp|eas|up|down|cut|reduc|rise|fall|growth|year|fy|previou|prior|compar|against|more|less|fewer|higher|lower|than|per|cent|percent|同比|较上|上年|比上|年同)$/;
