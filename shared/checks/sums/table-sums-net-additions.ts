// A table's total in two years and the text under it saying what was added net in the year (`In 2024 we added
// 2,259 MW of net capacity` under `Total  34,973  32,678`): the year before's total and the net addition make
// the year's. Net, nothing else moves it, so a miss is a mismatch; an addition not said net (new plants, with
// others retired) only holds.

import { periodsIn } from '../../metrics/period';
import { comparable } from '../readers/dimension';
import { TOTAL } from '../readers/markers';
import { summable, type SumCandidate } from './sum-check';
import { SUBROW, type Row } from '../readers/table-blocks';
import { firstAtOrAfter, type CheckDocument, type DocFigure } from '../types';

/** How far under a table its year's additions are looked for. */
const REACH = 600;
/** Just before the figure: the verb of an addition (`we added`, `net additions of`). */
const ADDED = /\b(?:added|net additions? of|adding)(?:\s+a\s+net(?:\s+of)?)?\s*$/i;
/** Up to the clause's end after it: the addition said net. */
const NET_AFTER = /^[^,.;:\d]{0,30}\bnet\b/i;

export const NET_ADDITIONS = 'sum.table-net-additions';

/** A block's Total row and its cells of the latest year and the year before, when both are summable and comparable. */
function latestTotals(block: Row[]): { total: Row; latest: DocFigure; before: DocFigure } | undefined {
  const years = yearColumns(block);
  const total = block.findLast((r) => !r.header && TOTAL.test(r.label) && !SUBROW.test(r.label));
  if (!years || !total) return undefined;
  const [latest, before] = [total.cells[years[0]], total.cells[years[1]]];
  if (!summable(latest) || !summable(before) || !comparable(latest.figure, before.figure)) return undefined;
  return { total, latest, before };
}

export function netAdditionSums(doc: CheckDocument, block: Row[]): SumCandidate[] {
  const totals = latestTotals(block);
  if (!totals) return [];
  const { total, latest, before } = totals;
  const out: SumCandidate[] = [];
  const { text, figures } = doc;
  for (let i = firstAtOrAfter(doc, total.end); i < figures.length && figures[i]!.start < total.end + REACH; i++) {
    const f = figures[i]!;
    if (!ADDED.test(text.slice(Math.max(f.sentence.start, f.start - 24), f.start)) || !comparable(f, latest.figure) || !(f.value > 0 && f.value < latest.figure.value)) continue;
    const net = NET_AFTER.test(text.slice(f.end, f.end + 40)) || /\bnet\b/i.test(text.slice(Math.max(f.sentence.start, f.start - 24), f.start));
    out.push({ total: latest, parts: [before, { doc, figure: f, index: i }], certainty: net ? 'certain' : 'holds-only', rule: NET_ADDITIONS });
  }
  return out;
}

/** Just before the figure: a net change said of a level (`39,888 homes, a net 643 more`). */
const A_NET = /\ba net(?: of)?\s*$/i;
/** Just after it: more than the year before (`more than a year earlier`, `more than at 31 March 2023`, `up on last year`). */
const MORE_THAN_BEFORE = /^\s*(?:[a-z]+\s+)?(?:more|higher)\s+than\s+(?:a year (?:earlier|before|ago)|the (?:previous|prior) year|last year|the year before|at\b)/i;

/**
 * A level said with its net change in one sentence near the table (`we owned 39,888 homes, a net 643 more than a year
 * earlier`), the level the table's latest total: the year before's total and the net change make the level said.
 */
export function netMoreSums(doc: CheckDocument, block: Row[]): SumCandidate[] {
  const totals = latestTotals(block);
  if (!totals) return [];
  const { total, latest, before } = totals;
  const out: SumCandidate[] = [];
  const { text, figures } = doc;
  const from = firstAtOrAfter(doc, Math.max(0, block[0]!.end - REACH * 2));
  for (let i = from; i < figures.length && figures[i]!.start < total.end + REACH; i++) {
    const f = figures[i]!;
    if (!A_NET.test(text.slice(Math.max(f.sentence.start, f.start - 12), f.start)) || !MORE_THAN_BEFORE.test(text.slice(f.end, f.end + 48))) continue;
    if (!comparable(f, latest.figure) || !(f.value > 0 && f.value < latest.figure.value)) continue;
    const level = levelSaid(doc, i, latest.figure.value);
    if (level !== undefined) out.push({ total: { doc, figure: figures[level]!, index: level }, parts: [before, { doc, figure: f, index: i }], certainty: 'certain', rule: NET_ADDITIONS });
  }
  return out;
}

/** The figure before the net change in its sentence that states the table's latest total, its index. */
function levelSaid(doc: CheckDocument, at: number, value: number): number | undefined {
  const { figures } = doc;
  for (let k = at - 1; k >= 0 && figures[k]!.start >= figures[at]!.sentence.start; k--) if (figures[k]!.value === value) return k;
  return undefined;
}


/** The columns of the latest year and the one before under a header of years (`2024   2023`), in the rows' numbering. */
function yearColumns(block: Row[]): [number, number] | undefined {
  const header = block.find((r) => r.header);
  if (!header) return undefined;
  const width = Math.max(...block.filter((r) => !r.header).map((r) => r.texts.length));
  const shift = header.texts.length === width - 1 ? 1 : 0;
  const years = header.texts.flatMap((t, c) => {
    const y = /^(?:FY\s?)?((?:19|20)\d{2})(?:[/-]\d{2})?$/.exec(t.trim());
    return y && periodsIn(t, 0, t.length).length > 0 ? [{ c: c + shift, year: Number(y[1]) }] : [];
  });
  if (years.length < 2) return undefined;
  const [a, b] = [years[0]!, years[1]!];
  return a.year === b.year + 1 ? [a.c, b.c] : undefined;
}
