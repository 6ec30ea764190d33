// Shares of a whole the report never states: `694 million Internet users, or 76.8% of the total
// internet users` implies a total of 694 / 0.768 ≈ 904 million. Shares of the same named whole in
// one passage imply the same total; a bare `of the total` belongs to the named whole of the shares
// around it. The implied totals agree when one value lies within the precision of them all.

import { metricTokens } from '../consistency/metric-tokens';
import { intervalOf, quotient, show, type Interval } from '../readers/precision';
import { asCheckFigure, type Check, type DocFigure } from '../types';
import { saying, scaleTerm } from '../sayings';

export interface ImpliedTotal {
  numerator: DocFigure;
  share: DocFigure;
  /** The whole as named after `of`: `total internet users`, or `total` alone. */
  whole: string;
}

/** Shares further apart than this are not taken to be of one passage's whole. */
const PASSAGE = 1500;

export function impliedTotalChecks(implied: readonly ImpliedTotal[]): Check[] {
  const groups: ImpliedTotal[][] = [];
  const open = new Map<string, ImpliedTotal[]>(); // the latest group of each document and whole
  const generic: ImpliedTotal[] = [];
  for (const entry of implied) {
    const tokens = metricTokens(entry.whole).sort().join(' ');
    if (tokens === '') {
      generic.push(entry);
      continue;
    }
    const key = `${entry.share.doc.name}\u0000${tokens}`;
    const group = open.get(key);
    if (group && entry.share.figure.start - group.at(-1)!.share.figure.start <= PASSAGE) group.push(entry);
    else {
      const fresh = [entry];
      groups.push(fresh);
      open.set(key, fresh);
    }
  }
  for (const entry of generic) {
    const near = groups.filter(
      (g) => g[0]!.share.doc === entry.share.doc && /total|总/i.test(g[0]!.whole) && g.some((o) => Math.abs(o.share.figure.start - entry.share.figure.start) <= PASSAGE),
    );
    if (near.length === 1) near[0]!.push(entry);
  }
  return groups.filter((g) => g.length >= 2).map((g) => totalsAgree(g.sort((a, b) => a.share.figure.start - b.share.figure.start)));
}

function totalsAgree(group: ImpliedTotal[]): Check {
  const totals = group.map((e) => quotient(intervalOf(e.numerator.figure), intervalOf(e.share.figure), 100)).filter((t): t is Interval => t !== undefined);
  const common: Interval = { lo: Math.max(...totals.map((t) => t.lo)), hi: Math.min(...totals.map((t) => t.hi)) };
  const holds = totals.length === group.length && common.lo <= common.hi * (1 + 1e-9);
  const values = group.map((e) => (e.numerator.figure.value / e.share.figure.value) * 100);
  const mid = [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(mid)) - 2);
  const millions = scale >= 1e6;
  const div = millions ? 1e6 : 1;
  const range = `${show(Math.min(...values) / div, 1)}–${show(Math.max(...values) / div, 1)}`;
  return {
    kind: 'ratio',
    holds,
    figures: group.flatMap((e) => [asCheckFigure(e.numerator, 'numerator'), asCheckFigure(e.share, 'result')]),
    expected: mid,
    rule: 'ratio.shares-of-one-whole',
    ...saying(holds ? 'implied.holds' : 'implied.mismatch', {
      count: group.length,
      whole: group[0]!.whole,
      total: show(mid / div, 1),
      range,
      scale: scaleTerm(millions ? 'million' : 'one'),
    }),
  };
}
