// Shares a table states. A column of percentages whose total row stands at 100 % (`占营业收入比重`
// beside `营业收入`): each row's share is its amount over the total row's amount. A row of
// percentages named for another row (`女性员工占比` under `员工总数` and `女性员工`, `Share of
// women` under `Women`, a row `Women | % |` under `Women | number |`): in each column, that row over
// the block's total row; a substitution rate (`替代燃料替代率` under `其中：替代燃料`) is the share of the
// row its breakdown is of. Both shapes name
// their inputs, so a share that does not come out is a mismatch.

import { dimensionOf, isAmount, isPercent } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { decimalsOf, intervalOf, overlaps, quotient, sumOf, type Interval } from '../readers/precision';
import { ofWhichAfter } from '../sums/of-which-rows';
import { shareCheck } from './ratio';
import { sumCheck } from '../sums/sum-check';
import { shareColumnSum } from './share-column-whole';
import { ownLabel, sectionRowsAbove, SUBROW, tableBlocks, type Row } from '../readers/table-blocks';
import { sharesOfNamedRows } from './table-share-named-rows';
import { roleOf, type Check, type CheckDocument, type DocFigure } from '../types';

/** A change in points (`+0.8 points`, `△0.1 pp`): a share row's change column, no amount. */
const isPoints = (f: DocFigure): boolean => dimensionOf(f.figure) === 'pp' || /^(?:points?|pts?)$/i.test(f.figure.unit);
const isTotalRow = (r: Row) => TOTAL.test(r.label) && !SUBROW.test(r.label);
const SHARE_LABEL = /^(.*?)\s*(?:占比|比例|比重|所占比例|替代率|占比（%）|\(%\)|（%）)$|^(?:share|percentage|proportion)\s+of\s+(.*)$|^%\s*(?:of\s+)?(.*)$/i;

export function tableShares(doc: CheckDocument): Check[] {
  const checks: Check[] = [];
  tableBlocks(doc).forEach((read, b) => {
    const block = withPercentColumns(read);
    const found = [...sharesOfTotalRow(block), ...shareRows(block), ...shareColumns(block)];
    const shareAt = (c: Check) => roleOf(c, 'result')?.start;
    const shares = new Set(found.map(shareAt));
    found.push(...sharesInNamedWhole(block).filter((c) => !shares.has(shareAt(c))));
    found.forEach((c) => shares.add(shareAt(c)));
    found.push(...sharesOfNamedRows(block).filter((c) => !shares.has(shareAt(c))));
    found.forEach((c) => shares.add(shareAt(c)));
    const above = sectionRowsAbove(doc, b);
    checks.push(...found, ...unnamedShareRows(block, above, shares), ...sharesOfGroupsAbove(doc, b, block, above));
  });
  return checks;
}

/** A header cell over percentages: `占比（%）`, `Share (%)`, `%`. */
const PERCENT_HEADER = /[(（]\s*%\s*[)）]$|^%$/;

/**
 * The block with the cells under a header of percentages (`| 类别 | 人数（人） | 占比（%） |`) read as shares: a sub-label
 * row under the header (`| 按性别 | | |`) leaves them with no unit of their own.
 */
function withPercentColumns(block: Row[]): Row[] {
  const header = block.find((r) => r.header);
  // a space-aligned header leaves the labels' column blank (`FY2024   Share (%)   FY2023`): its names stand over the columns after it
  const width = Math.max(...block.filter((r) => !r.header).map((r) => r.texts.length));
  const shift = header && header.texts.length === width - 1 ? 1 : 0;
  const columns = header?.texts.flatMap((t, p) => (p + shift > 0 && PERCENT_HEADER.test(t.trim()) ? [p + shift] : [])) ?? [];
  const unitless = (c: DocFigure | undefined, p: number) => c !== undefined && c.figure.unit === '' && columns.includes(p);
  if (columns.length === 0 || !block.some((r) => !r.header && r.cells.some(unitless))) return block;
  return block.map((r) => (r.header ? r : { ...r, cells: r.cells.map((c, p) => (unitless(c, p) ? { ...c!, figure: { ...c!.figure, unit: '%' } } : c)) }));
}

/**
 * `按板块` over `煤炭板块 | 42,186 | 61.7` …, then `按年龄` over `30岁以下 | 8,642 | 12.6` … `合计 | 68,420 | 100.0`: each
 * group a sub-label line parts from the total's block is another breakdown of its total, when its amounts add up to
 * the total's; its shares are its amounts over the total's, and add up to its 100.
 */
function sharesOfGroupsAbove(doc: CheckDocument, b: number, block: Row[], above: Row[]): Check[] {
  const t = block.findIndex(isTotalRow);
  if (above.length === 0 || t < 1 || block.slice(0, t).some((r) => r.header)) return [];
  const total = block[t]!;
  const blocks = tableBlocks(doc);
  const checks: Check[] = [];
  for (let k = b - 1, seen = 0; k >= 0 && seen < above.length; seen += blocks[k]!.length, k--) {
    const group = blocks[k]!.filter((r) => !r.header);
    total.cells.forEach((cell, p) => {
      if (!isPercent(cell) || !hundred(cell)) return;
      const a = amountColumnOf(total, group, p);
      const whole = a === undefined ? undefined : total.cells[a];
      if (!whole || group.length < 2 || !addUpTo(whole, group.map((r) => r.cells[a!]))) return;
      for (const r of group) if (isPercent(r.cells[p])) checks.push(shareCheck(r.cells[a!]!, whole, r.cells[p]!, 'ratio.table-share-column'));
      const sum = shareColumnSum(cell, group.map((r) => r.cells[p]).filter(isPercent), 'certain');
      if (sum) checks.push(sum);
    });
  }
  return checks;
}

/**
 * Rows above a total row whose share column reads 100 %, or leaves its share out (`| 合计 | 640.8 | 862.4 | 34.6 | — |`)
 * when every share of the column but one is its row's amount over the total row's.
 */
function sharesOfTotalRow(block: Row[]): Check[] {
  const checks: Check[] = [];
  let from = 0;
  // where the rows since the last header start, past any subtotal row
  let opened = 0;
  block.forEach((row, t) => {
    // a sub-label between groups of rows (`按板块`, then `按年龄`, over one `合计`) opens another breakdown of the same total
    if (row.header && !(subLabel(row) && block.slice(from, t).some((r) => !r.header))) from = opened = t + 1;
    if (row.header || !isTotalRow(row)) return;
    const after = block.slice(from, t);
    const width = Math.max(row.cells.length, ...after.map((r) => r.cells.length));
    for (let p = 0; p < width; p++) {
      const cell = row.cells[p];
      // (a subtotal row giving no share parts no share column: the rows above it are parts of the total's 100.0 too, `Services
      // subtotal` between `Annuity fees` and `Installation projects` and the rest)
      const rows = from > opened && cell !== undefined && !isPercent(block[from - 1]!.cells[p]) ? withPartsAboveSubtotal(block.slice(opened, from), after, row, p) : after;
      const shares = rows.filter((r) => isPercent(r.cells[p])).length;
      if (cell === undefined ? shares < 3 : !isPercent(cell) || !hundred(cell)) continue;
      const a = amountColumnOf(row, rows, p);
      if (a === undefined || (cell === undefined && givenOver(intervalOf(row.cells[a]!.figure), rows, a, p) < shares - 1)) continue;
      const whole = row.cells[a]!;
      // (no leeway when the rows' amounts add up to another total than the row's: `Total facility energy  332,760  100.0` over
      // parts of 323,760, whose shares stand on their sum, are each a step or so off the total stated)
      const slack = cell && !offTotal(whole, cell ? groupsOf(rows) : [], p, a) ? roundedTo100(rows.map((r) => r.cells[p]).filter(isPercent), cell) : 0;
      // the column's shares add up to its 100 (each rounded: `52.0 + 16.5 + 13.4 + 5.6 + 11.6` is 99.1, no 100.0), certain when
      // the rows are all of the total, their amounts adding up to it (no subtotal or `of which` row among them)
      for (const group of cell ? groupsOf(rows) : []) {
        const column = group.filter((r) => isPercent(r.cells[p]));
        // an `of which` row is a part of the row above it, left out when the other rows' amounts make the total
        const parts = column.filter((r) => !SUBROW.test(r.label));
        if (parts.length < 2) continue;
        const partition = addUpTo(whole, parts.map((r) => r.cells[a]));
        // (parts whose amounts miss a slipped total still part its share column: `合计 76,000` over parts of 70,600)
        const cellsOf = (rs: Row[]) => rs.map((r) => r.cells[p]!);
        const sum = partition ? shareColumnSum(cell!, cellsOf(parts), 'certain') : (shareColumnSum(cell!, cellsOf(column), 'holds-only') ?? shareColumnSum(cell!, cellsOf(parts), 'holds-only'));
        if (sum) checks.push(sum);
      }
      for (const r of [...rows, ...ofWhichAfter(block, t)]) {
        const [amount, share] = [r.cells[a], r.cells[p]];
        if (isAmount(amount) && isPercent(share) && dimensionOf(amount.figure) === dimensionOf(whole.figure))
          checks.push(shareCheck(amount, whole, share, 'ratio.table-share-column', slack));
      }
    }
    from = t + 1;
  });
  return checks;
}

/**
 * The rows a total's share column `p` is read over when a subtotal row that gives no share stands above `after`: the rows above
 * it too (its parts, no subtotal), when all of them add up to the total in the amount column the shares are of; else `after`.
 */
function withPartsAboveSubtotal(above: Row[], after: Row[], total: Row, p: number): Row[] {
  const rows = [...above.filter((r) => !r.header && !isTotalRow(r)), ...after];
  const a = amountColumnOf(total, rows, p);
  const parts = rows.filter((r) => !SUBROW.test(r.label)).map((r) => (a === undefined ? undefined : r.cells[a]));
  return a !== undefined && isAmount(total.cells[a]) && addUpTo(total.cells[a]!, parts) ? rows : after;
}

/** Whether the share column's rows, each with its amount (no `of which` row), add up to another total than the one stated, in every group. */
function offTotal(whole: DocFigure, groups: readonly Row[][], p: number, a: number): boolean {
  const summed = groups.map((g) => g.filter((r) => isPercent(r.cells[p]) && !SUBROW.test(r.label))).filter((parts) => parts.length >= 2 && parts.every((r) => isAmount(r.cells[a])));
  return summed.length > 0 && summed.every((parts) => !addUpTo(whole, parts.map((r) => r.cells[a])));
}

/** Whether rows' amounts add up to the whole they are shares of: the rows part it, none left out. */
const addUpTo = (whole: DocFigure, amounts: Array<DocFigure | undefined>): boolean => amounts.every(isAmount) && sumCheck(whole, amounts, '', 'holds-only')?.holds === true;

/** A header row of one cell of words: a sub-label over a group of rows (`按板块`, `By age`). */
const subLabel = (row: Row) => row.texts.filter((t) => t.trim() !== '').length === 1 && !/\d/.test(row.label);

/** The rows parted into the groups their sub-labels head (all of them one group when none does). */
function groupsOf(rows: readonly Row[]): Row[][] {
  const groups: Row[][] = [[]];
  for (const r of rows) {
    if (r.header && groups.at(-1)!.length > 0) groups.push([]);
    else if (!r.header) groups.at(-1)!.push(r);
  }
  return groups;
}

/**
 * A share column that adds up to exactly its stated 100 % has been rounded to do so (the largest
 * remainders rounded up: 41.685 written 41.68 so that the column makes 100.00): each share may lie
 * one step of its last digit from its inputs' quotient. Otherwise none.
 */
function roundedTo100(shares: DocFigure[], total: DocFigure): number {
  const step = 10 ** -decimalsOf(total.figure.text);
  const sum = shares.reduce((s, f) => s + f.figure.value, 0);
  return shares.length >= 2 && Math.abs(total.figure.value - 100) < step / 2 && Math.abs(sum - total.figure.value) < step / 2 ? step : 0;
}

/**
 * A total row's share that stands for the whole: 100 %, or what shares each rounded on their own add up to (`100.1`, `99.9`,
 * a note often saying so).
 */
const hundred = (cell: DocFigure) => Math.abs(cell.figure.value - 100) <= ROUNDED_HUNDRED;

/** How far from 100 a column of shares each rounded on its own may add up to (six rows at one decimal: 0.3). */
const ROUNDED_HUNDRED = 0.3 + 1e-9;

/**
 * The amount column a share column is of: of the columns of amounts before it, the one whose cells over the
 * total row's give the most of its shares (`2023年末 | 2022年末 | 较年初增长（%） | 占比（%）`: 2023年末's, not the
 * nearest), of those giving as many the one whose quotients come nearest, the nearest when none comes nearer.
 */
function amountColumnOf(total: Row, rows: readonly Row[], p: number): number | undefined {
  let best: { column: number; given: number; miss: number } | undefined;
  for (let c = p - 1; c >= 0; c--) {
    if (!isAmount(total.cells[c])) continue;
    const given = Math.max(givenOver(intervalOf(total.cells[c]!.figure), rows, c, p), givenOverParts(rows, c, p));
    // (small counts give wide quotients, which two years' columns may each meet: `118 … 109 … 48.8` over `242 … 226`; the
    // column whose quotients come nearest the shares then)
    const miss = missOver(total.cells[c]!, rows, c, p);
    if (!best || given > best.given || (given === best.given && miss < best.miss)) best = { column: c, given, miss };
  }
  return best?.column;
}

/** How far, summed over the rows, the shares in column `p` lie from their amounts in column `c` over the total row's cell. */
function missOver(whole: DocFigure, rows: readonly Row[], c: number, p: number): number {
  let miss = 0;
  for (const r of rows) {
    const [amount, share] = [r.cells[c], r.cells[p]];
    if (isAmount(amount) && isPercent(share)) miss += Math.abs((amount.figure.value / whole.figure.value) * 100 - share.figure.value);
  }
  return miss;
}

/**
 * How many rows' shares in column `p` their amount in column `c` over the sum of the column's parts gives: a slipped total
 * (`合计 76,000` over parts of 70,600) leaves its column's shares standing on the parts' sum, not on another column.
 */
function givenOverParts(rows: readonly Row[], c: number, p: number): number {
  const parts = rows.filter((r) => !r.header && !SUBROW.test(r.label)).map((r) => r.cells[c]);
  if (parts.length < 2 || !parts.every(isAmount)) return 0;
  return givenOver(sumOf(parts.map((f) => intervalOf(f.figure))), rows, c, p);
}

/** How many rows' shares in column `p` their amount in column `c` over the whole gives: the total row's cell, or the sum of the column's parts. */
function givenOver(whole: Interval, rows: readonly Row[], c: number, p: number): number {
  return rows.filter((r) => {
    const [amount, share] = [r.cells[c], r.cells[p]];
    const got = isAmount(amount) && isPercent(share) ? quotient(intervalOf(amount.figure), whole, 100) : undefined;
    return got !== undefined && overlaps(got, intervalOf(share!.figure));
  }).length;
}

/** A row of percentages named for a row of the block, over the nearest total row above that row, column by column. */
function shareRows(block: Row[]): Check[] {
  const checks: Check[] = [];
  // a row whose unit cell is `%` is the share of the row of its own label (`Women | % |` under `Women | number |`),
  // unless it is a rate's breakdown: `整體流失率（附註4） | % | 30.6` and under it `男性 | % | 28.4`, each gender's rate
  const byLabel = new Map(block.flatMap((r, i) => (percentRow(r) ? [] : [[normal(ownLabel(r.label)), i] as const])));
  let rateRun = false;
  for (const [i, row] of block.entries()) {
    if (percentRow(row) && !(i > 0 && percentRow(block[i - 1]!))) rateRun = RATE_LABEL.test(normal(row.label)) && !SHARE_LABEL.test(row.label.trim());
    const m = SHARE_LABEL.exec(row.label.trim());
    const named = m ? normal(m[1] ?? m[2] ?? m[3] ?? '') : percentRow(row) && !rateRun ? normal(row.label) : undefined;
    const at = named ? (byLabel.get(named) ?? subRowNamed(block, named)) : undefined;
    if (at === undefined || block[at] === row) continue;
    const part = block[at]!;
    // a `其中` row's share is of the row it breaks down, the nearest above it that is no breakdown row itself
    const total = SUBROW.test(part.label) ? block.slice(0, at).findLast((r) => !r.header && !SUBROW.test(r.label)) : (block.slice(0, at).findLast((r) => !r.header && isTotalRow(r)) ?? breakdownOf(block, at));
    if (!total || isTotalRow(part)) continue;
    row.cells.forEach((share, c) => {
      const [amount, whole] = [part.cells[c], total.cells[c]];
      if ((isPercent(share) || (percentRow(row) && share !== undefined)) && isAmount(amount) && isAmount(whole) && dimensionOf(amount.figure) === dimensionOf(whole.figure) && amount.figure.value <= whole.figure.value)
        checks.push(shareCheck(amount, whole, share, 'ratio.table-share-row'));
    });
  }
  return checks;
}

/** `Share of fossil sources in total energy consumption (%)`: a share row that names its whole after `in`. */
const SHARE_IN = /^(?:share|percentage|proportion)\s+of\s+.+?\s+in\s+(.+)$/i;

/**
 * A share row naming its whole (`Share of fossil sources in total energy consumption (%)`) under the row it is the
 * share of (`Total fossil energy consumption`), as ESRS tables lay out an energy mix: in each column, the row just
 * above over the row of the block labelled as the whole, above or below it.
 */
function sharesInNamedWhole(block: Row[]): Check[] {
  const checks: Check[] = [];
  block.forEach((row, i) => {
    const m = SHARE_IN.exec(normal(row.label));
    const whole = m && block.find((r) => !r.header && normal(r.label) === m[1]!.trim());
    const part = block[i - 1];
    if (!whole || !part || part.header || part === whole || whole === row) return;
    row.cells.forEach((share, c) => {
      const [amount, total] = [part.cells[c], whole.cells[c]];
      if (isPercent(share) && isAmount(amount) && isAmount(total) && dimensionOf(amount.figure) === dimensionOf(total.figure) && amount.figure.value <= total.figure.value)
        checks.push(shareCheck(amount, total, share, 'ratio.table-share-row'));
    });
  });
  return checks;
}

/**
 * The row a breakdown row after a `其中` row is of (`综合能源消耗量` over `其中：煤炭`, `电力`, `替代燃料`): the
 * row just above the breakdown's first row, when the rows between are no header and no total.
 */
function breakdownOf(block: Row[], at: number): Row | undefined {
  for (let r = at - 1; r > 0; r--) {
    const row = block[r]!;
    if (row.header || isTotalRow(row)) return undefined;
    if (SUBROW.test(row.label)) return block[r - 1]!.header || SUBROW.test(block[r - 1]!.label) ? undefined : block[r - 1];
  }
  return undefined;
}

/** A `其中` row the share's name says with a verb after it (`绿色电力使用比例` of `其中：绿色电力`): one or two characters more. */
function subRowNamed(block: Row[], named: string): number | undefined {
  const at = block.findIndex((r) => {
    const own = normal(ownLabel(r.label));
    return SUBROW.test(r.label) && own.length >= 2 && named.startsWith(own) && named.length - own.length <= 2;
  });
  return at >= 0 ? at : undefined;
}

/** A rate's name (`整體流失率`, `Overall turnover rate`), not a share's. */
const RATE_LABEL = /率$|\brate$/i;
const percentRow = (r: Row) => r.texts.slice(1).some((t) => t.trim() === '%');
const normal = (label: string) => label.replace(/[（(][^（()）]*[)）]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A column's header naming the share of another column: `Women (%)`, `% women`, `女性占比`. */
const SHARE_COLUMN = /^(.+?)\s*(?:\(%\)|（%）|%|占比|佔比|比例|比重)$|^%\s*(?:of\s+)?(.+)$/i;
/** Whether a column's header names it the share of another column, which `shareColumns` checks. */
export const namesShareColumn = (header: string): boolean => SHARE_COLUMN.test(header.replace(/\s+/g, ' ').trim().toLowerCase());

/**
 * A column of percentages named for a column of amounts (`Headcount | Women | Women (%)`): in each
 * row, that column's cell over the row's whole — the amount column just before it, which is at least
 * as large in every row (a row's headcount before its women) — or the column the header names a total,
 * which the men before the women may also outnumber (`職級 | 男性 | 女性 | 合計 | 女性占比`, `Grade | Men |
 * Women | Total | % women`). The header names both inputs, so a share that does not come out is a mismatch.
 */
function shareColumns(block: Row[]): Check[] {
  const header = block.find((r) => r.header);
  if (!header) return [];
  const names = header.texts.map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase());
  const rows = block.filter((r) => !r.header);
  const checks: Check[] = [];
  names.forEach((name, p) => {
    const m = SHARE_COLUMN.exec(name);
    const named = m && (m[1] ?? m[2])!.trim();
    // the part's column may be headed as a breakdown of the whole's (`员工人数 | 其中：女性 | 女性占比`)
    const a = named ? names.findIndex((n, c) => c !== p && !SHARE_COLUMN.test(n) && normal(ownLabel(n)) === normal(named)) : -1;
    if (a < 1) return;
    // the whole column holds amounts at least as large as the part's in every row that has both
    const pairedWith = (w: number) => rows.filter((r) => isAmount(r.cells[a]) && isAmount(r.cells[w]));
    const holdsPart = (w: number) => {
      const paired = pairedWith(w);
      return paired.length >= 2 && paired.every((r) => r.cells[a]!.figure.value <= r.cells[w]!.figure.value && dimensionOf(r.cells[a]!.figure) === dimensionOf(r.cells[w]!.figure));
    };
    const total = names.findIndex((n, c) => c > 0 && c !== a && c !== p && TOTAL.test(n) && !SHARE_COLUMN.test(n));
    const w = total > 0 && holdsPart(total) ? total : holdsPart(a - 1) ? a - 1 : -1;
    if (w < 0) return;
    for (const r of pairedWith(w)) if (isPercent(r.cells[p])) checks.push(shareCheck(r.cells[a]!, r.cells[w]!, r.cells[p], 'ratio.table-share-of-column'));
  });
  return checks;
}

/** How many rows a share row's inputs are looked for among (a bound on the pairs tried). */
const MAX_INPUT_ROWS = 40;

/**
 * A row of percentages whose label names neither input (`Recycling rate | % |` under `Waste generated` and
 * `  Recycled`, `R&D expenses to revenue | % |`): in each column, one row of its table over another (a KPI
 * table's sections above counted), the one pair of rows that gives the most of its columns, two at least,
 * as no other pair does; a column that pair misses is a mismatch. Rows another rule read are left to it.
 */
function unnamedShareRows(block: Row[], above: readonly Row[], taken: ReadonlySet<number | undefined>): Check[] {
  const rows = [...block, ...above].filter((r) => !r.header && r.cells.some(isAmount)).slice(0, MAX_INPUT_ROWS);
  const checks: Check[] = [];
  for (const row of block) {
    const columns = row.cells.flatMap((cell, c) => (isPercent(cell) && cell.figure.value > 0 && cell.figure.value < 100 ? [c] : []));
    if (columns.length < 2 || row.cells.some((cell) => cell !== undefined && !isPercent(cell) && !isPoints(cell)) || columns.some((c) => taken.has(row.cells[c]!.figure.start))) continue;
    let best: { part: Row; whole: Row; holding: number } | undefined;
    let tied = false;
    for (const whole of rows)
      for (const part of rows) {
        if (part === whole) continue;
        const holding = columns.filter((c) => sharesOf(part.cells[c], whole.cells[c], row.cells[c]!) === true).length;
        if (holding < 2 || (best && holding < best.holding)) continue;
        if (!best || holding > best.holding) [best, tied] = [{ part, whole, holding }, false];
        else tied = true;
      }
    if (!best || tied) continue;
    for (const c of columns) if (sharesOf(best.part.cells[c], best.whole.cells[c], row.cells[c]!) !== undefined) checks.push(shareCheck(best.part.cells[c]!, best.whole.cells[c]!, row.cells[c]!, 'ratio.table-share-row-pair'));
  }
  return checks;
}

/** Whether `part` over `whole` gives `share`; undefined when they are no part and whole of one measure. */
function sharesOf(part: DocFigure | undefined, whole: DocFigure | undefined, share: DocFigure): boolean | undefined {
  if (!isAmount(part) || !isAmount(whole) || part.figure.value >= whole.figure.value || dimensionOf(part.figure) !== dimensionOf(whole.figure)) return undefined;
  // most pairs tried are far off: the rounding's interval only for a near one
  if (Math.abs((part.figure.value / whole.figure.value) * 100 - share.figure.value) > Math.max(0.5, share.figure.value * 0.02)) return false;
  const got = quotient(intervalOf(part.figure), intervalOf(whole.figure), 100);
  return got !== undefined && overlaps(got, intervalOf(share.figure));
}
