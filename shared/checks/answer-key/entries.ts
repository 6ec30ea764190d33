// Shorthands the blind batches write their key entries with: a figure is a value, or a value and
// a snippet of the text at or just before it (score.ts's context), and a restatement across the
// files of an engagement names the other file on its figures there.

import type { Engagement } from './key';
import type { KeyEntry } from './score';

export type Fig = number | [number, string];

/**
 * The scales key values are written in, `[4.2 * YI, '…']` for 4.2亿: thousand, 万, lakh, million, crore, 亿, billion,
 * trillion.
 */
export const K = 1e3;
export const WAN = 1e4;
export const LAKH = 1e5;
export const M = 1e6;
export const CRORE = 1e7;
export const YI = 1e8;
export const B = 1e9;
export const T = 1e12;

export const figs = (xs: Fig[]) => xs.map((x) => (typeof x === 'number' ? { value: x } : { value: x[0], context: x[1] }));

export const entry = (doc: string, kind: KeyEntry['kind'], holds: boolean, xs: Fig[], why: string): KeyEntry => ({
  doc,
  kind,
  holds,
  figures: figs(xs),
  why,
});

/** A restatement across the engagement's files: the first figures in `doc`, the rest in `other`. */
export const across = (doc: string, here: Fig[], other: string, there: Fig[], why: string): KeyEntry => ({
  ...entry(doc, 'consistency', false, here, why),
  figures: [...figs(here), ...figs(there).map((f) => ({ ...f, doc: other }))],
});

/** An entry whose figures extraction gives wrong today (README: extraction misses). */
export const miss = (e: KeyEntry, extractionMiss: string): KeyEntry => ({ ...e, extractionMiss });

/** A batch's engagements: each a file of `dir`, or several checked together (a report and its translation). */
export const engagements = (dir: string, groups: ReadonlyArray<string | readonly string[]>): Engagement[] =>
  groups.map((group) => ({ files: (typeof group === 'string' ? [group] : group).map((file) => `${dir}/${file}`) }));
