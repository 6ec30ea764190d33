// An average per head whose paragraph states its workforce only roughly (`公司员工约1.1万人`) or not at all (`全年组织各类培训52,700小时，
// 人均培训时长32.1小时` a section after `在岗员工2,108人`) is read over the whole its tables count (表3's `合计 2,108`, the
// 关键绩效表's `员工总数`), its total the revenue row (`revenue-per-head.ts`) or the amount of its own measure its paragraph
// says before it; it is said only where it holds, or where it holds over one part of that table (`生产人员 1,642`): worked
// over the wrong group. `rates.ts` asks it of the averages per head it read no pair for.

import { dimensionOf } from '../readers/dimension';
import { tableBlocks } from '../readers/table-blocks';
import { isTableFigure } from '../readers/figure-facts';
import { datedRows, restates, type DatedRow } from '../changes/table-prior-year-changes';
import { type Check, type CheckDocument, type DocFigure } from '../types';
import { countsPeople, partNamed, rateCheck, textBefore, yearOf, type Candidate } from './rate-readers';
import { PER_PERSON, perHead } from './per-head';

/**
 * An average per head of a measure of its own (`人均培训时长32.1小时`, no revenue) whose paragraph states no head count
 * exactly: over the amount of that measure its paragraph says before it and the whole the tables count that year
 * (`perHeadOverStaff`), said only where it fails over the whole and holds over one part.
 */
export function averageOverStaff(result: DocFigure, reportYear: string | undefined): Check | undefined {
  const { doc, figure } = result;
  const year = yearOf(figure.period) ?? reportYear;
  if (year === undefined || figure.qualifier !== 'exact' || figure.unit === '' || dimensionOf(figure) !== 'count' || HEAD_UNIT.test(figure.unit)) return undefined;
  const paragraph = textBefore(doc, result);
  // (the amount of it its paragraph says before it, `全年组织各类培训52,700小时`)
  const total = ownMeasureBefore(result, paragraph);
  if (!total || paragraphHeadCount(result, paragraph)) return undefined;
  return perHeadOverStaff(result, total, paragraph, year, false);
}

/**
 * The whole workforce its paragraph says before an average per head: the largest head count said exactly, the others its
 * parts (`18,640 of them … were front-line staff`; no amount in the average's own unit, `组织员工培训44,640小时`).
 */
export function paragraphHeadCount({ figure }: DocFigure, paragraph: readonly Candidate[]): DocFigure | undefined {
  const heads = paragraph.filter(({ at }) => at.figure.unit !== figure.unit && at.figure.qualifier === 'exact' && Number.isInteger(at.figure.value) && dimensionOf(at.figure) === 'count' && countsPeople(at.figure) && !partNamed(at));
  return heads.reduce<DocFigure | undefined>((most, { at }) => (most === undefined || at.figure.value > most.figure.value ? at : most), undefined);
}

/** An average's words of what it is per (`人均`, `per employee`): no total of its measure. */
const PER_HEAD = perHead(PER_PERSON);

/** A unit of people: a head count, never an average's measure. */
const HEAD_UNIT = /^(?:人|名|位|employees?|staff|people|persons?)$/i;

/** The nearest amount of the average's own measure its paragraph says before it, exactly, in the same unit and larger (`52,700小时` before `人均培训时长32.1小时`). */
function ownMeasureBefore({ figure }: DocFigure, paragraph: readonly Candidate[]): DocFigure | undefined {
  return paragraph.find(({ at, lead }) => at.figure.unit === figure.unit && at.figure.qualifier === 'exact' && at.figure.value > figure.value && !PER_HEAD.test(`${lead} ${at.figure.metric ?? ''}`))?.at;
}

/** A table row's label of a whole head count: `合计`, `员工总数`, `Total employees`. */
const WHOLE_ROW = /合计|合計|总计|總計|总数|總數|\btotal\b/i;

/**
 * An average whose paragraph states no head count exactly, read over the whole the tables count that year: the row its
 * paragraph's rough count restates (`约1.1万人` of `合计  11,000`), or, its paragraph saying none, the largest count a
 * total row gives (`合计  2,108`, `员工总数  2,108`). Said where it fails over the whole and holds over one part of the
 * whole's table (`生产人员  1,642`, `厨师及厨务人员  8,620`): worked over the wrong group; and, over the tables' revenue
 * (`holding`), where it holds (an average over its paragraph's own total that holds is `averages-over-head-count.ts`' to say).
 */
export function perHeadOverStaff(result: DocFigure, total: DocFigure, paragraph: readonly Candidate[], year: string, holding: boolean): Check | undefined {
  const { doc } = result;
  // (rows counted in people, `人`, `employees`: no rate per head or per unit)
  const counted = peopleRows(doc).filter((r) => yearOf(r.latest.figure.period) === year && HEAD_UNIT.test(r.latest.figure.unit));
  if (counted.length === 0) return undefined;
  const said = paragraph.filter(({ at }) => HEAD_UNIT.test(at.figure.unit) && dimensionOf(at.figure) === 'count' && !partNamed(at));
  const largest = Math.max(...counted.map((r) => r.latest.figure.value));
  const wholes = said.length > 0 ? counted.filter((r) => said.some(({ at }) => restates(at.figure, r.latest.figure))) : counted.filter((r) => WHOLE_ROW.test(r.row.label) && r.latest.figure.value === largest);
  const value = wholes[0]?.latest.figure.value;
  if (value === undefined || wholes.some((r) => r.latest.figure.value !== value)) return undefined;
  const blocks = new Set(wholes.map((r) => r.block));
  const parts = counted.filter((r) => blocks.has(r.block) && r.latest.figure.value < value);
  const giving = parts.filter((r) => rateCheck(total, r.latest, result, 1, 'rate.average-per-head', '').holds);
  // (the whole of the part's table, said once)
  const whole = (giving.length === 1 ? wholes.find((r) => r.block === giving[0]!.block) : undefined) ?? wholes[0]!;
  const check = rateCheck(total, whole.latest, result, 1, 'rate.average-per-head', '');
  // (or over a part the text says of that whole, `共有员工2,860人……其中生产人员2,046人`, no table counting it)
  const textGiving = giving.length === 0 && !check.holds ? partsSaidOf(doc, value).filter((part) => rateCheck(total, part, result, 1, 'rate.average-per-head', '').holds) : [];
  return (check.holds && holding) || (!check.holds && (giving.length === 1 || textGiving.length === 1)) ? check : undefined;
}

/** Before a head count in the sentence of its whole, words that make it a part of that whole: `其中`, `包括`, `of whom`, `including`. */
const PART_OF_WHOLE = /(?:其中|包括)[^\d，,；;。]{0,16}$|\b(?:of\s+whom|of\s+them|including)\b[^\d,;.]{0,32}$/i;

const partsSaidOfDoc = new WeakMap<CheckDocument, Map<number, DocFigure[]>>();

/**
 * The running-text head counts said as parts of the largest head count before them in their sentence (`公司共有员工2,860人，……其中
 * 生产人员2,046人`, `we had 2,386 employees, of whom 1,640 worked in production`), by the whole's value: read once per document.
 */
export function partsSaidOf(doc: CheckDocument, whole: number): readonly DocFigure[] {
  let byWhole = partsSaidOfDoc.get(doc);
  if (!byWhole) {
    byWhole = new Map();
    let last: DocFigure | undefined;
    doc.figures.forEach((figure, index) => {
      const at = { doc, figure, index };
      if (figure.qualifier !== 'exact' || !Number.isInteger(figure.value) || !HEAD_UNIT.test(figure.unit) || dimensionOf(figure) !== 'count' || isTableFigure(at)) return;
      const clause = doc.text.slice(Math.max(figure.sentence.start, figure.start - 40), figure.start);
      // (the whole is the largest head count before the part in its sentence: `员工2,860人，较上年的2,774人增长3.1%，其中…`)
      if (!PART_OF_WHOLE.test(clause)) {
        if (last === undefined || last.figure.sentence.start !== figure.sentence.start || figure.value > last.figure.value) last = at;
        return;
      }
      if (last === undefined || last.figure.sentence.start !== figure.sentence.start || !(figure.value < last.figure.value)) return;
      const list = byWhole!.get(last.figure.value);
      if (list) list.push(at);
      else byWhole!.set(last.figure.value, [at]);
    });
    partsSaidOfDoc.set(doc, byWhole);
  }
  return byWhole.get(whole) ?? [];
}

const peopleRowsOf = new WeakMap<CheckDocument, Array<DatedRow & { block: number }>>();

/** The tables' rows that count people, each with its latest year's cell and its table block (read once per document). */
export function peopleRows(doc: CheckDocument): Array<DatedRow & { block: number }> {
  let rows = peopleRowsOf.get(doc);
  if (!rows) {
    const blockOf = new Map(tableBlocks(doc).flatMap((block, b) => block.map((row) => [row, b] as const)));
    rows = datedRows(doc, true)
      .filter((r) => r.latest.figure.qualifier === 'exact' && Number.isInteger(r.latest.figure.value) && dimensionOf(r.latest.figure) === 'count' && countsPeople(r.latest.figure))
      .map((r) => ({ ...r, block: blockOf.get(r.row) ?? -1 }));
    peopleRowsOf.set(doc, rows);
  }
  return rows;
}
