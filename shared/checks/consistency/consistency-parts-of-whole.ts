// A part's statement beside its whole's, whose words hold the whole's: a `其中：` list's bullet, a
// segment a table row names (`Singapore gross revenue` beside `Gross revenue`). Neither restates the other.

import { TOTAL } from '../readers/markers';
import { metricTokens } from './metric-tokens';
import { tableBlocks } from '../readers/table-blocks';
import { type CheckDocument } from '../types';
import { BULLET_CLASS } from '../../text/list-bullets';
import { HEADING_REACH } from './consistency-row-labels';
import { type Statement } from './consistency-statements';
import { hanOf } from './consistency-words';

/**
 * A bullet of a list a `其中：` opens (`其中：` / `● 肿瘤患者援助项目惠及8.64万人次；`) is a part of the
 * whole said before it: its metric, the whole's with the part's own words before it (`肿瘤患者援助项目惠及`
 * of `患者援助项目惠及`), restates no figure the whole's words name (`全年惠及超过12万人次`).
 */
export function itemOfWhole(item: Statement, other: Statement): boolean {
  if (!item.zh || item.table || !other.zh) return false;
  const [mine, theirs] = [hanOf(item.at.figure.metric), hanOf(other.at.figure.metric)];
  return mine.length > theirs.length && theirs.length >= 2 && mine.endsWith(theirs) && inBreakdownList(item.at.doc.text, item.at.figure.start);
}

/**
 * A Chinese metric that joins two things (`团体体检与个人体检收入合计127,700万元`, `范围一和范围二排放`) names their sum: no
 * restatement of a metric naming one of them alone (`团体体检收入86,420万元`), whose words it holds.
 */
export function jointOfOne(joint: Statement, one: Statement): boolean {
  if (!joint.zh || !one.zh || joint.table) return false;
  const { text } = joint.at.doc;
  const { start } = joint.at.figure;
  return SUMMED_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && JOINED.test(hanOf(joint.at.figure.metric)) && !JOINED.test(hanOf(one.at.figure.metric));
}

/** Two things of two characters or more joined by `与`, `和`, `及` or `以及` (`团体体检与个人体检`). */
const JOINED = /[\u3400-\u9fff]{2}(?:与|與|和|及|以及)[\u3400-\u9fff]{2}/;
/** Just before a figure, the word that says it sums what its metric joins (`…收入合计127,700万元`), not a pair of adjectives (`自建及合作制种基地`). */
const SUMMED_BEFORE = /(?:合计|合計|共计|共計|总计|總計|合共)(?:为|為|达|達)?\s*$/;

/** Whether the figure at `at` stands on a bullet line of a list whose lead-in line ends with `其中：` (or `包括：`), bullets between. */
function inBreakdownList(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  if (!LIST_BULLET.test(text.slice(start, start + 3))) return false;
  for (let k = 0; k < HEADING_REACH && start > 0; k++) {
    const end = start - 1;
    start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (!LIST_BULLET.test(line.slice(0, 3))) return BREAKDOWN_LEAD.test(line);
  }
  return false;
}

/** A list item's bullet opening its line. */
const LIST_BULLET = new RegExp(`^\\s*${BULLET_CLASS}`);

/** A line leading into a list of parts (`…全年惠及超过12万人次，援助药品价值3.86亿元。其中：`). */
const BREAKDOWN_LEAD = /(?:其中|包括|包含)[：:]$/;

/**
 * Running-text metrics one inside the other, the larger naming a segment the whole's does not — a
 * word that labels a row of one of the document's tables on its own (`Singapore gross revenue rose
 * 5.6%`, `Japan's grew`, beside a table's `Singapore | 318.4 | 336.2` rows): a part's metric, not the
 * whole's (`Gross revenue rose 4.6%`).
 */
export function segmentOfWhole(a: Statement, b: Statement): boolean {
  if (a.zh || a.table || b.table || a.tokens.length === b.tokens.length) return false;
  const [small, large] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const labels = rowLabels(large.at.doc);
  if (labels.size === 0) return false;
  const said = new Set(small.tokens);
  for (const [word] of (large.at.figure.metric ?? '').matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?/g))
    for (const name of [word, word.split(' ')[0]!]) if (labels.has(name) && !metricTokens(name).some((t) => said.has(t))) return true;
  return false;
}

const labelled = new WeakMap<CheckDocument, Set<string>>();

/** The capitalised names (`Singapore`, `Hong Kong`) that alone label a row of one of the document's tables, totals aside. */
function rowLabels(doc: CheckDocument): Set<string> {
  let labels = labelled.get(doc);
  if (!labels) {
    labels = new Set();
    for (const rows of tableBlocks(doc))
      for (const row of rows) {
        const label = row.label.trim();
        if (!row.header && /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(label) && !TOTAL.test(label)) labels.add(label);
      }
    labelled.set(doc, labels);
  }
  return labels;
}
