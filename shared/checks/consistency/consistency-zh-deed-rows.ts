// A Chinese round bound of what the company did, said by its verb and object (`组织员工植树超过12,000棵`, `全年销售轴承逾7,200万套`),
// against a key table's row that names the same deed as a quantity (`植树数量  棵  11,860`, `轴承销量  万套  7,106`): the row is the
// deed and a word of amount (`数量`, `总量`, `总数`), or its object and the noun of the verb's amount (`销量` of `销售`, `采购量` of
// `采购`), and the bound's metric ends with that deed. A bound on the wrong side of the row's figure is a slip. Rows are
// indexed by their deed per document; each bound looks up the endings of its metric, so the work is linear in the statements.

import { samePeriodKey } from '../../metrics/index';
import { direction } from './agreement';
import { significantDigits } from '../readers/precision';
import { type Statement } from './consistency-statements';
import { hanOf } from './consistency-words';

/** A row of a deed and a word of amount (`植树数量`, `捐赠图书总量`): the deed. */
const DEED_AMOUNT = /^([\u3400-\u9fff]{2,6}?)(?:数量|总量|总数)$/;

/** A row of an object and the noun of a verb's amount (`轴承销量`, `大豆采购量`, `餐厨垃圾处理量`): the object and the noun. */
const OBJECT_VERB_AMOUNT = /^([\u3400-\u9fff]{2,4}?)(销量|销售量|采购量|回收量|捐赠量|发放量|处理量|处置量|加工量|拆解量|收运量)$/;

/** The verb each noun of amount is of. */
const VERB_OF: Readonly<Record<string, string>> = { 销量: '销售', 销售量: '销售', 采购量: '采购', 回收量: '回收', 捐赠量: '捐赠', 发放量: '发放', 处理量: '处理', 处置量: '处置', 加工量: '加工', 拆解量: '拆解', 收运量: '收运' };

/** How far apart a round bound and the exact figure it bounds may be, relatively (`超过12,000棵` and 11,860). */
const REACH = 0.1;

/** The most significant digits a round bound is written with. */
const BOUND_DIGITS = 3;

/** The longest ending of a bound's metric looked up as a deed. */
const LONGEST_DEED = 8;

/** Pairs each Chinese running-text bound with the key rows of its document naming the deed its metric ends with. */
export function zhDeedRowPairs(statements: readonly Statement[], pairs: Array<{ i: number; j: number; distance: number }>): void {
  const rows = new Map<string, number[]>();
  statements.forEach((s, j) => {
    if (!s.zh || !s.table || s.olderYear || s.prior || s.rate || direction(s.figure.qualifier) !== 'none') return;
    const label = (s.at.figure.metric ?? '').replace(/\s+/g, '');
    const amount = DEED_AMOUNT.exec(label);
    const object = amount ? undefined : OBJECT_VERB_AMOUNT.exec(label);
    const deed = amount ? amount[1]! : object ? `${VERB_OF[object[2]!]!}${object[1]!}` : undefined;
    if (deed === undefined) return;
    const key = `${s.at.doc.name}\u0000${deed}`;
    const list = rows.get(key);
    if (list) list.push(j);
    else rows.set(key, [j]);
  });
  if (rows.size === 0) return;
  statements.forEach((bound, i) => {
    if (!bound.zh || bound.table || direction(bound.figure.qualifier) === 'none' || (significantDigits(bound.at.figure.text)?.length ?? 9) > BOUND_DIGITS) return;
    const metric = hanOf(bound.at.figure.metric);
    for (let n = 2; n <= Math.min(LONGEST_DEED, metric.length); n++)
      for (const j of rows.get(`${bound.at.doc.name}\u0000${metric.slice(-n)}`) ?? []) {
        const row = statements[j]!;
        const [x, e] = [bound.figure.value, row.figure.value];
        if (row.dimension !== bound.dimension || !(x > 0 && e > 0) || Math.abs(x / e - 1) > REACH || !samePeriodKey(bound.period, row.period) || (bound.at.figure.scope ?? '') !== (row.at.figure.scope ?? '')) continue;
        // (a bound counted in a measure word, `超过12,000棵`, bounds only a row counted in that word)
        if (row.at.figure.unit !== '' && row.at.figure.unit !== bound.at.figure.unit) continue;
        pairs.push({ i: Math.min(i, j), j: Math.max(i, j), distance: Math.abs(Math.log(x / e)) || 0 });
      }
  });
}
