// A table's total in two years and the text under it saying what was added net in the year (`In 2024 we added
// 2,259 MW of net capacity` under `Total  34,973  32,678`): the year before's total and the net addition make
// the year's. Net, nothing else moves it, so a miss is a mismatch; an addition not said net (new plants, with
// others retired) only holds.

import { periodsIn } from '../metrics/period';
import { comparable, dimensionOf } from './dimension';
import { TOTAL } from './markers';
import type { SumCandidate } from './sum-check';
import { SUBROW, type Row } from './table-blocks';
import { firstAtOrAfter, type CheckDocument, type DocFigure } from './types';

/** How far under a table its year's additions are looked for. */
const REACH = 600;
/** Just before the figure: the verb of an addition (`we added`, `net additions of`). */
const ADDED = /\b(?:added|net additions? of|adding)(?:\s+a\s+net(?:\s+of)?)?\s*$/i;
/** Up to the clause's end after it: the addition said net. */
const NET_AFTER = /^[^,.;:\d]{0,30}\bnet\b/i;

export const NET_ADDITIONS = 'sum.table-net-additions';

export function netAdditionSums(doc: CheckDocument, block: Row[]): SumCandidate[] {
  const years = yearColumns(block);
  const total = block.findLast((r) => !r.header && TOTAL.test(r.label) && !SUBROW.test(r.label));
  if (!years || !total) return [];
  const [latest, before] = [total.cells[years[0]], total.cells[years[1]]];
  if (!usable(latest) || !usable(before) || !comparable(latest.figure, before.figure)) return [];
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

const usable = (f: DocFigure | undefined): f is DocFigure => f !== undefined && dimensionOf(f.figure) !== 'percent' && f.figure.valueMax === undefined && f.figure.value > 0;

/** The columns of the latest year and the one before under a header of years (`2024   2023`), in the rows' numbering. */
function yearColumns(block: Row[]): [number, number] | undefined {
  const header = block.find((r) => r.header);
  if (!header) return undefined;
  const width = Math.max(...block.filter((r) => !r.header).map((r) => r.texts.length));
  const shift = header.texts.length === width - 1 ? 1 : 0;
  const years = header.texts.flatMap((t, c) => {
    const y = /^(?:FY\s?)?((?:19|20)\d{2})$/.exec(t.trim());
    return y && periodsIn(t, 0, t.length).length > 0 ? [{ c: c + shift, year: Number(y[1]) }] : [];
  });
  if (years.length < 2) return undefined;
  const [a, b] = [years[0]!, years[1]!];
  return a.year === b.year + 1 ? [a.c, b.c] : undefined;
}
