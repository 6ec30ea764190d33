// A Chinese round bound of what the company made, said by its verb and object (`全年产盐超过140万吨`, `年产茶近5,000吨`): its
// metric, one character pair (`产盐`), names no metric alone, yet it bounds the output of that object the report states
// exactly (`生产各类盐产品138.0万吨`, the key table's `盐产品产量  万吨  138.0`): a bound on the wrong side of it is a slip. So
// does a bound of what it takes in a year, said by the verb of processing (`清源豆品年加工大豆近5万吨`), of the intake the report
// states by the verb of buying (`采购非转基因大豆51,200吨`, `大豆采购量  吨  51,200`).

import { samePeriodKey } from '../../metrics/index';
import { direction } from './agreement';
import { significantDigits } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { hanOf } from './consistency-words';
import { lowerBoundBy } from '../../text/lower-bound';

/**
 * A metric of the verb of making and its object, a year's words before them (`产盐`, `全年产茶`), or of the two-character verb
 * with an object of up to four characters after a word of kinds (`全年生产各类轴承`, `生产光伏组件`): the object.
 */
const MADE = /^(?:全年|年|当年|本年)?(?:产([\u3400-\u9fff]{1,2})|生产(?:各类|各种|各型|各式)?([\u3400-\u9fff]{2,4}))$/;

/**
 * A metric of an object's output said by its name and `产量`, a year's words before them (`APT产量`, `盐产量`): the object, in
 * Latin letters or one or two Han characters (a longer name's pairs name the metric alone).
 */
const OUTPUT_NAMED = /^(?:全年|年|当年|本年)?([A-Za-z][A-Za-z0-9-]*|[\u3400-\u9fff]{1,2})产量$/;

/**
 * The object a Chinese metric of making names (`盐` of `产盐`, `APT` of `APT产量`), else undefined. A metric whose words tell it
 * apart (`distinct`) is read only by the two-character verb (`全年生产各类轴承`): its words share no pair with its output's
 * (`轴承产量`) but the object's.
 */
export function madeObject(metric: string | undefined, distinct = false): string | undefined {
  const made = MADE.exec(hanOf(metric));
  if (distinct) return made?.[2];
  return OUTPUT_NAMED.exec((metric ?? '').replace(/\s+/g, ''))?.[1] ?? made?.[1] ?? made?.[2];
}

/**
 * A metric of what the company takes in a year by its verb and object, its name or subject before them (`清源豆品年加工大豆`,
 * `公司全年收购生鲜乳`): the object. A processor's yearly intake is said by the verb of processing or of buying alike.
 */
const INTAKE = /^(?:[\u3400-\u9fff]{2,6})?(?:全年|年|当年|本年)(?:加工|采购|收购)([\u3400-\u9fff]{2,4})$/;

/** The object of a Chinese metric of yearly intake (`大豆` of `清源豆品年加工大豆`), else undefined. */
export function intakeObject(metric: string | undefined): string | undefined {
  const object = INTAKE.exec((metric ?? '').replace(/\s+/g, ''))?.[1];
  // (a capacity, `年加工大豆能力`, is what the plant could take in, no intake of the year)
  return object === undefined || CAPACITY.test(object) ? undefined : object;
}

/** Words of a capacity or a scale of operation (`能力`, `产能`, `规模`). */
const CAPACITY = /能力|产能|规模/;

/** A metric of the intake of an object: its buying or processing (`采购非转基因大豆`, `大豆采购量`, a 合计 row under `表3  大豆采购来源`). */
const intakeOf = (metric: string, object: string) => metric.includes(object) && INTAKE_VERB.test(metric);

/** Verbs of taking in (`采购`, `收购`, `加工`). */
const INTAKE_VERB = /采购|收购|加工/;

/**
 * A metric of the output of an object: it makes it (`生产各类盐产品`, `赣州冶炼厂生产APT`) or is its output (`盐产品产量`, the
 * key table's `APT产量` with its unit column after it).
 */
function outputOf(metric: string | undefined, object: string): boolean {
  const han = hanOf(metric);
  if (han.includes(object) && (han.startsWith('生产') || han.endsWith('产量'))) return true;
  const words = (metric ?? '').replace(/\s+/g, '');
  const at = words.indexOf(object);
  return at >= 0 && (words.slice(0, at).endsWith('生产') || words.startsWith('产量', at + object.length));
}

/** A unit that is a Chinese measure word (`套`, `台`). */
const HAN_UNIT = /^[\u3400-\u9fff]+$/;

/** How far apart a round bound and the exact output it bounds may be, relatively (`超过140万吨` and 138.0万吨). */
const REACH = 0.05;

/** The most significant digits a round bound is written with (`140万`). */
const BOUND_DIGITS = 3;

/**
 * Pairs each Chinese running-text bound of an object made (`made`) with the exact statements of its document, of one kind of
 * quantity, period and scope, that state the output of that object at a rounding's reach of it and more finely: the exact
 * statements of each document and kind sorted by value, each bound looks up only those within its reach.
 */
export function outputBoundPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const bounds = statements.flatMap((s, i) => (s.made !== undefined || s.intake !== undefined ? [i] : []));
  if (bounds.length === 0) return;
  const exacts = new Map<string, number[]>();
  statements.forEach((s, j) => {
    if (!s.zh || s.made !== undefined || s.intake !== undefined || s.olderYear || s.prior || s.rate || direction(s.figure.qualifier) !== 'none') return;
    const key = `${s.at.doc.name}\u0000${s.dimension}`;
    const list = exacts.get(key);
    if (list) list.push(j);
    else exacts.set(key, [j]);
  });
  for (const list of exacts.values()) list.sort((a, b) => statements[a]!.figure.value - statements[b]!.figure.value);
  for (const i of bounds) {
    const bound = statements[i]!;
    const x = bound.figure.value;
    const digits = significantDigits(bound.at.figure.text)?.length ?? 9;
    const list = exacts.get(`${bound.at.doc.name}\u0000${bound.dimension}`);
    if (!list || !(x > 0) || digits > BOUND_DIGITS) continue;
    for (let k = lowerBoundBy(list.length, (k) => statements[list[k]!]!.figure.value, x * (1 - REACH)); k < list.length && statements[list[k]!]!.figure.value <= x * (1 + REACH); k++) {
      const j = list[k]!;
      const exact = statements[j]!;
      if ((significantDigits(exact.at.figure.text)?.length ?? 0) <= digits || !samePeriodKey(bound.period, exact.period) || (bound.at.figure.scope ?? '') !== (exact.at.figure.scope ?? '')) continue;
      if (bound.made !== undefined ? !outputOf(exact.at.figure.metric, bound.made) : !intakeOf(hanOf(exact.captionTotal ?? exact.at.figure.metric), bound.intake!)) continue;
      // (a bound counted in a measure word, `逾7,200万套`, bounds only an output counted in that word, `轴承产量7,106万套`)
      if (HAN_UNIT.test(bound.at.figure.unit) && exact.at.figure.unit !== bound.at.figure.unit) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(x / exact.figure.value)) || 0 });
    }
  }
}
