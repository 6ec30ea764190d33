// A change said one way and the same change said the other: `cooling energy fell 4.6%` in a letter and
// `Cooling energy rose only 4.6%` in its section, `范围二排放68,420吨，同比下降4.8%` and its translation `Scope 2
// emissions rose 4.8%`. The size agrees, so no rule comparing values sees it; an auditor reads the verbs.
// Each rate's way is read from the verb just before it (`rose`, `fell by`, `was up`, `同比下降`), and what
// changed from the words of its clause before the verb (a Chinese clause of its verb alone, `，同比下降`, from
// the clause before it, up to its figure).

import { CHANGE_ADVERB, ZH_CHANGE_DOWN_VERB, ZH_CHANGE_UP_VERB } from '../readers/markers';
import { metricTokens } from '../consistency/metric-tokens';
import { writtenNumber } from '../readers/precision';
import { saying } from '../sayings';
import { isTableCell } from '../readers/table-columns';
import { nameNumbers } from '../shares/table-row-shares';
import { asCheckFigure, firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

export type Way = 'up' | 'down';

/** An English change's verb just before its rate, by its way (not a share's `make up`, nor `improved`, which says no way). */
const EN_WAY = new RegExp(
  String.raw`\b(?:(?:was|were|is|are)\s+)?(?:(?<up>rose|grew|increased|climbed|(?<!\b(?:makes?|made|making|takes?|took|taking)\s)up|an?\s+(?:increase|rise)\s+of)|(?<down>fell|decreased|declined|dropped|down|an?\s+(?:decrease|fall|drop|reduction)\s+of))${CHANGE_ADVERB}(?:\s+by)?${CHANGE_ADVERB}\s*$`,
  'i',
);
/** A Chinese change's verb just before its rate (`同比下降`, `增长了`, `增幅为`). */
const ZH_WAY = new RegExp(String.raw`(?:(?<up>${ZH_CHANGE_UP_VERB}|增幅(?:为|為|达|達)?)|(?<down>${ZH_CHANGE_DOWN_VERB}|降幅(?:为|為|达|達)?))了?\s*$`);

/** An English change's comparison just after its rate or points (`5.1% less than`, `1.6 percentage points fewer than in 2023`): its way said after it. */
const EN_WAY_AFTER = /^\s*(?:(?<up>more|higher|greater|above)|(?<down>less|lower|fewer|below))\s+than\b/i;

/** How far before its rate a change's verb is looked for, in characters. */
const VERB_REACH = 40;

/**
 * The way a percentage of running text is said to have changed, where its verb starts and where what says it ends (its
 * rate, or the comparison after it: `5.1% less than`); undefined for any other figure.
 */
export function changeWay(doc: CheckDocument, index: number): { way: Way; verb: number; end: number } | undefined {
  const figure = doc.figures[index]!;
  if ((figure.unit !== '%' && figure.unit !== 'pp') || isTableCell(doc, index)) return undefined;
  const from = Math.max(figure.sentence.start, figure.start - VERB_REACH);
  const before = doc.text.slice(from, figure.start);
  const m = EN_WAY.exec(before) ?? ZH_WAY.exec(before);
  if (m) return { way: m.groups?.['up'] !== undefined ? 'up' : 'down', verb: from + m.index, end: figure.end };
  const after = EN_WAY_AFTER.exec(doc.text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 24)));
  return after ? { way: after.groups?.['up'] !== undefined ? 'up' : 'down', verb: figure.start, end: figure.end + after[0].length } : undefined;
}

/** Where a clause ends before what it says: a comma, a semicolon or a colon. */
const CLAUSE_MARK = /[,，;；:：]/g;
/** Words of a Chinese clause that say only what a change is against (`同比`, `较上年`, `比2023年`). */
const AGAINST = /同比|(?:较|較|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?|[\s，,]/g;

/**
 * What a rate says changed: its clause's words before the verb, up to the clause's first figure (`Scope 2
 * emissions`, `and cooling energy`); a Chinese clause saying only what it changed against (`，同比下降4.8%`) is of
 * the clause before it (`范围二排放68,420吨`: 范围二排放). Its key is its words' tokens with the numbers of its name
 * (Scope 1's and Scope 2's emissions are two).
 */
export function changedWords(doc: CheckDocument, index: number, verb: number): { words: string; key: string } | undefined {
  const { text } = doc;
  const { sentence } = doc.figures[index]!;
  let end = verb;
  for (let tries = 0; tries < 2 && end > sentence.start; tries++) {
    const before = text.slice(sentence.start, end);
    let start = 0;
    for (const m of before.matchAll(CLAUSE_MARK)) start = m.index + 1;
    const from = sentence.start + start;
    const first = doc.figures[firstAtOrAfter(doc, from)];
    const words = text.slice(from, first && first.start < end ? first.start : end).replace(/\s+/g, ' ').trim().replace(/^(?:and|but|while|whereas|as)\s+/i, '');
    const tokens = metricTokens(words);
    if (tokens.length > 0 && words.replace(AGAINST, '') !== '') return { words, key: `${[...new Set(tokens)].sort().join(' ')}\u0000${nameNumbers(words)}` };
    end = from - 1;
  }
  return undefined;
}

/** The years a rate's sentence names before it (`In 2023, …`): two rates of different years are two changes. */
const yearsBefore = (doc: CheckDocument, figure: DocFigure['figure']) => (doc.text.slice(figure.sentence.start, figure.start).match(/(?:19|20)\d{2}/g) ?? []).sort().join(',');

/**
 * Rates of running text said of the same words, written alike and of the same year, one rising and another
 * falling: one check naming them all, in their order.
 */
export function turnedDirections(doc: CheckDocument): Check[] {
  const said = new Map<string, Array<{ at: DocFigure; way: Way; verb: number; end: number; words: string }>>();
  doc.figures.forEach((figure, index) => {
    const read = changeWay(doc, index);
    const changed = read && changedWords(doc, index, read.verb);
    const written = writtenNumber(figure.text);
    if (!read || !changed || written === undefined || Number(written) === 0) return;
    const key = `${changed.key}\u0000${written}\u0000${yearsBefore(doc, figure)}`;
    const list = said.get(key) ?? said.set(key, []).get(key)!;
    list.push({ at: { doc, figure, index }, ...read, words: changed.words });
  });
  const checks: Check[] = [];
  for (const list of said.values()) {
    const up = list.find((s) => s.way === 'up');
    const down = list.find((s) => s.way === 'down');
    if (!up || !down) continue;
    const [a, b] = up.at.figure.start < down.at.figure.start ? [up, down] : [down, up];
    const verbAndRate = (s: (typeof list)[number]) => doc.text.slice(s.verb, s.end).replace(/\s+/g, ' ');
    checks.push({
      kind: 'consistency',
      holds: false,
      figures: list.map((s) => asCheckFigure(s.at, 'mention')),
      rule: 'consistency.change-direction',
      ...saying('same.direction', { metric: a.words, a: verbAndRate(a), aDoc: doc.name, b: verbAndRate(b), bDoc: doc.name }),
    });
  }
  return checks;
}
