// A Chinese text says a count and its share of a whole in one breath (`公司研发人员724人，占员工总数的17.7%`) where a
// table gives them a row (`研发  724  17.7  658  +10.0`) whose label of two characters names no metric alone:
// the row's count, said in the text just before the share, is what ties the two shares together.

import { samePeriodKey } from '../../metrics/index';
import type { Statement } from './consistency-statements';
import { hanOf } from './consistency-words';

/**
 * A text share of the count said just before it in its sentence (`研发人员724人，占员工总数的17.7%`) is the share
 * cell of the table row that holds that very count just before it and that very share (`研发  724  17.7`), when the
 * row's label is in the count's metric (`研发` in `公司研发人员`): the row joins the statements of the share, a bound
 * of it among them. Paired through a map of the rows' counts, per document.
 */
export function countShareRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = byDocumentKey(statements, (s) => s.rowShare);
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'percent' || s.rate || s.prior) return;
    const count = countSaidBefore(s);
    if (count === undefined) return;
    for (const j of cells.get(`${s.at.doc.name}\u0000${count.value}`) ?? []) {
      const cell = statements[j]!;
      // (only a cell saying the very share: one that differs is the rate-column check's, `rateColumnRestatements`)
      if (cell.figure.value !== s.figure.value || !hanOf(count.metric).includes(hanOf(cell.at.figure.metric)) || !samePeriodKey(s.period, cell.period)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: 0 });
    }
  });
}

/** The count said just before a text share in its sentence (`724人` of `研发人员724人，占员工总数的17.7%`), if any. */
function countSaidBefore(s: Statement) {
  const { figures } = s.at.doc;
  const before = figures[s.at.index - 1];
  return before && before.sentence.start === s.figure.sentence.start && before.unit !== '%' && before.qualifier === 'exact' && before.metric ? before : undefined;
}

/**
 * A table's share row labelled by its part and `占比` (`新书占比  %  37.7`), its label two characters short of a
 * metric of its own, is the text's share of that part (`其中新书3,260种，占出版品种的39.0%`, its part `新书` said
 * just before it): the cell of the row's latest year joins that share's statements, whatever its value.
 */
export function partShareRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = byDocumentKey(statements, (s) => s.partShare);
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'percent' || s.rate || s.prior || s.part === undefined) return;
    for (const j of cells.get(`${s.at.doc.name}\u0000${partNoun(s.part)}`) ?? []) {
      const cell = statements[j]!;
      if (!samePeriodKey(s.period, cell.period)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / cell.figure.value)) || 0 });
    }
  });
}

/** A share row's label of a part of three characters or more and `占比` (`其中：新能源汽车检测占比`), its `其中` aside: the part. */
const LONG_PART_SHARE = /^(?:其中|包括)?([\u3400-\u9fff]{3,16}?)(?:占比|佔比)$/;

/** The most share rows of a long part one document is read for. */
const MAX_LONG_PART_ROWS = 32;

/** What a part's words may close on after the row's part: how much of it (`检测量` of `新能源汽车检测`). */
const QUANTITY_WORD = /^(?:量|数|數|数量|數量|总量|總量|总数|總數|人数|人數)?$/;

/**
 * A key table's share row labelled by a part of its own words and `占比` (`其中：新能源汽车检测占比  %  12.0`), of any length, is
 * the text's share of that part said just before it (`新能源汽车检测量21.86万辆次，同比增长50.6%，占检测总量的12.7%`): its part the
 * row's, a word of quantity and the part's unit aside. Its cell of the latest year joins that share's statements, whatever its value.
 */
export function longPartShareRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const cells = new Map<string, Array<{ j: number; part: string }>>();
  statements.forEach((s, j) => {
    if (!s.zh || !s.table || s.olderYear || s.dimension !== 'percent' || s.partShare !== undefined || s.rate) return;
    const part = LONG_PART_SHARE.exec(hanOf(s.at.figure.metric))?.[1];
    if (part === undefined) return;
    const list = cells.get(s.at.doc.name);
    if (list) list.push({ j, part });
    else cells.set(s.at.doc.name, [{ j, part }]);
  });
  if (cells.size === 0) return;
  statements.forEach((s, i) => {
    if (!s.zh || s.table || s.dimension !== 'percent' || s.rate || s.prior || s.part === undefined) return;
    const rows = cells.get(s.at.doc.name);
    // (a document of more such rows than a key table holds names its parts too loosely for this: no pair is made)
    if (!rows || rows.length > MAX_LONG_PART_ROWS) return;
    const said = withoutUnit(s);
    for (const { j, part } of rows) {
      const cell = statements[j]!;
      if (!said.startsWith(part) || !QUANTITY_WORD.test(said.slice(part.length)) || !samePeriodKey(s.period, cell.period)) continue;
      pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(s.figure.value / cell.figure.value)) || 0 });
    }
  });
}

/** A text share's part without the unit its amount is said in (`新能源汽车检测量` of `新能源汽车检测量辆次`, the count's `辆次`). */
function withoutUnit(s: Statement): string {
  const part = partNoun(s.part!);
  const { figures } = s.at.doc;
  for (let k = s.at.index - 1; k >= 0 && figures[k]!.sentence.start === s.at.figure.sentence.start; k--) {
    const f = figures[k]!;
    if (hanOf(f.metric) !== s.part) continue;
    const unit = hanOf(f.unit);
    return unit !== '' && part.endsWith(unit) ? part.slice(0, -unit.length) : part;
  }
  return part;
}

/** A part's noun, its `其中` aside (`其中新书` is `新书`). */
const partNoun = (part: string) => hanOf(part).replace(/^(?:其中|包括)/, '');

/** The indexes of the statements of the latest year that have a key (a row's count, a part), by document and key. */
function byDocumentKey(statements: readonly Statement[], keyOf: (s: Statement) => string | number | undefined): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const key = keyOf(s);
    if (key === undefined || s.olderYear) return;
    const id = `${s.at.doc.name}\u0000${key}`;
    const list = cells.get(id);
    if (list) list.push(i);
    else cells.set(id, [i]);
  });
  return cells;
}
