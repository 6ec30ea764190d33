// A share row whose label names both its part and its whole, each another row of its table: `研发投入占营业收入比例`
// under `营业收入` and `研发投入`, `Community investment as a percentage of revenue` under `Revenue` and `Community
// investment`. In each column the share is the part's cell over the whole's; both named outright, a column that does
// not come out is a mismatch.

import { dimensionOf, isAmount, isPercent } from '../readers/dimension';
import { shareCheck } from './ratio';
import { type Row } from '../readers/table-blocks';
import type { Check } from '../types';

const RULE = 'ratio.table-share-row';

/** `A占B比例`, `A占B的比重`, `A佔B百分比`: the part and the whole. */
const HAN_PART_OF_WHOLE = /^(.{2,}?)(?:占|佔)(.{2,}?)(?:的)?(?:比例|比重|比率|百分比|占比|佔比)?$/;
/** `A as a percentage of B`, `A as % of B`, `A as a share of B`: the part and the whole. */
const EN_PART_OF_WHOLE = /^(.+?)\s+as\s+(?:an?\s+)?(?:%|percentage|per\s*cent|share|proportion)\s+of\s+(.+)$/i;

/** A label without its brackets (a unit, a note) and spaces, in lower case. */
const bare = (label: string) => label.replace(/[(（][^()（）]*[)）]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** The part and whole a share row's label names, each as a label would be written; undefined for any other label. */
function partAndWhole(label: string): { part: string; whole: string } | undefined {
  const own = bare(label);
  const m = HAN_PART_OF_WHOLE.exec(own.replace(/\s+/g, '')) ?? EN_PART_OF_WHOLE.exec(own);
  return m ? { part: m[1]!.trim(), whole: m[2]!.trim() } : undefined;
}

/** The one row of the block labelled so, brackets and spaces aside (Chinese labels compared without spaces). */
function rowLabelled(block: readonly Row[], self: Row, name: string): Row | undefined {
  const found = block.filter((r) => r !== self && !r.header && (bare(r.label) === name || bare(r.label).replace(/\s+/g, '') === name));
  return found.length === 1 ? found[0] : undefined;
}


/** The shares of a block's rows whose labels name both their part's row and their whole's, column by column. */
export function sharesOfNamedRows(block: readonly Row[]): Check[] {
  const checks: Check[] = [];
  for (const row of block) {
    if (row.header || !row.cells.some(isPercent)) continue;
    const named = partAndWhole(row.label);
    const part = named && rowLabelled(block, row, named.part);
    const whole = named && rowLabelled(block, row, named.whole);
    if (!part || !whole || part === whole) continue;
    row.cells.forEach((share, c) => {
      const [amount, total] = [part.cells[c], whole.cells[c]];
      if (isPercent(share) && isAmount(amount) && isAmount(total) && dimensionOf(amount.figure) === dimensionOf(total.figure) && amount.figure.value <= total.figure.value)
        checks.push(shareCheck(amount, total, share, RULE));
    });
  }
  return checks;
}
