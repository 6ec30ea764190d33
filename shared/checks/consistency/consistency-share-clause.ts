// A running-text English share names its part and whole in the clause around it (`women now make up
// 34.6% of our workforce`): the clause's words, read to tell apart shares whose metric is one word.

import { hasHanBetween } from '../../metrics/index';
import { LIST_ITEM_MARK } from '../../text/list-bullets';
import { isTableFigure } from '../readers/figure-facts';
import { distinctive, metricTokens } from './metric-tokens';
import { type CheckDocument } from '../types';

/**
 * Where a share's clause ends, before or after it: a stop, a colon or bracket, a comma and a joiner
 * (`…came from renewable sources, and renewable sources covered 43.7%`), a blank line, a line opening
 * with a capital (the next line of a list).
 */
const CLAUSE_END = /[.;:!?()。；：！？（）]|,\s*(?:and|but|while|whereas|so)\b|\n\s*\n|\n(?=[ \t]*[A-Z])/g;

/**
 * A share in running text says its part and its whole around it, and its metric holds one of them
 * (`Preferred materials made up 62.4% of our fibre volume` has the metric `share of our fibre volume`;
 * a highlight `Preferred materials: 64.2% of fibre volume`, `Preferred materials`): the words of its
 * clause, up to the figures before and after it, join its metric's.
 */
export function shareTokens(doc: CheckDocument, index: number): string[] {
  const { own, words } = shareClause(doc, index);
  return words.length === 0 ? own : [...new Set([...own, ...words])];
}

/** A share's whole said after it, then a word or a comma joining the next clause: `of net revenue and`, `of sales,`. */
const WHOLE_THEN_JOIN = /^\s*of\s+[^,;.。；\d]*?(?:\s(?:and|while|whereas|but)\s+|,\s*)/i;

/** A share's own metric words, and the words of its clause: what leads to it (`lead`: a list item's label too) and what follows. */
function shareClause(doc: CheckDocument, index: number): { own: string[]; words: string[]; lead: string[] } {
  const figure = doc.figures[index]!;
  const own = metricTokens(figure.metric?.replace(LINKING_VERB, ' '));
  const before = doc.figures[index - 1];
  const after = doc.figures[index + 1];
  const from = Math.max(figure.sentence.start, before && before.end <= figure.start ? before.end : 0, figure.start - CLAUSE_REACH);
  const to = Math.min(figure.sentence.end, after && after.start >= figure.end ? after.start : Infinity, figure.end + CLAUSE_REACH);
  // (after a share, its whole and a joining word are its clause's: `41.3% of net revenue and up 8.5%`)
  const said = doc.text.slice(from, figure.start);
  const opening = before?.unit === '%' && from === before.end ? said.replace(WHOLE_THEN_JOIN, ' ') : said;
  const lead = opening.split(CLAUSE_END).at(-1)!;
  const tail = doc.text.slice(figure.end, to).split(CLAUSE_END)[0]!;
  const leading = clauseWords(`${listLabel(opening, lead)} ${lead}`);
  return { own, words: [...new Set([...leading, ...clauseWords(tail)])], lead: leading };
}

/** A clause's metric words, its numbers, linking verbs and words of the year aside (a function of its own: no closure made for every share). */
const clauseWords = (text: string) => metricTokens(text.replace(/\d[\d,.]*%?/g, ' ').replace(LINKING_VERB, ' ').replace(AT_YEAR_END, ' ').replace(THIS_YEAR, ' '));

/** The words leading to a running-text share in its clause (`natural` and `gas` of `Natural gas, 20.7% of our energy`) and its own metric's, its whole's (`energ`). */
export function shareLeadAndWhole(doc: CheckDocument, index: number): { lead: string[]; whole: string[] } {
  const { own, lead } = shareClause(doc, index);
  return { lead, whole: own };
}

/**
 * A running-text English share's clause words (`shareTokens`) when they tell its metric apart and its
 * part is said before it (`women now make up 34.6% of our workforce`), else undefined: a bare
 * `70%+ coverage rate.` under another programme's heading names no part.
 */
export function englishShareClause(doc: CheckDocument, index: number): string[] | undefined {
  const figure = doc.figures[index]!;
  if (isTableFigure({ doc, figure, index }) || hasHanBetween(doc.text, Math.max(figure.sentence.start, figure.start - 12), figure.end + 12)) return undefined;
  const { own, words, lead } = shareClause(doc, index);
  const part = lead.some((t) => !own.includes(t)) ? [] : appendedTo(doc, index);
  const tokens = [...new Set([...own, ...words, ...part])];
  return (lead.some((t) => !own.includes(t)) || part.some((t) => !own.includes(t))) && distinctive(tokens, figure.unit) ? tokens : undefined;
}

/**
 * A share appended to the amount before it in its sentence (`Families chose cremation for 24,186 services, 69.5% of the total`,
 * `Desalinated seawater supplied 14.86 million m³, 39.6% of the total`) is that amount's: the words of the clause leading to the
 * amount name its part, where the share's own lead (`services,`) names only the amount's unit. Else no words.
 */
function appendedTo(doc: CheckDocument, index: number): string[] {
  const [figure, before] = [doc.figures[index]!, doc.figures[index - 1]];
  if (!before || before.sentence.start !== figure.sentence.start || before.unit === '%' || !APPENDED.test(doc.text.slice(before.end, figure.start))) return [];
  const earlier = doc.figures[index - 2];
  const from = Math.max(figure.sentence.start, earlier && earlier.sentence.start === figure.sentence.start ? earlier.end : 0, before.start - CLAUSE_REACH);
  const lead = doc.text.slice(from, before.start).split(CLAUSE_END).at(-1)!;
  return metricTokens(lead.replace(LINKING_VERB, ' ').replace(AT_YEAR_END, ' '));
}

/** Between an amount and the share appended to it: the amount's unit words, then a comma (`services, `, ` million m³, `), perhaps `or` (`146,200 tonnes, or 39.2%`). */
const APPENDED = /^[^\d.;:!?()\n]{0,30},\s*(?:or\s+)?$/;

/** The verb that links a share to its metric (`The ratio of female managers … reached 8.7%`, `Women now hold 46.3% of key positions`): no word of the metric. */
const LINKING_VERB = /\b(?:now\s+)?(?:reached|reaches|stood\s+at|stands\s+at|totall?ed|totals|amounted\s+to|amounts\s+to|came\s+to|was|were|is|are|hold|holds|held|(?:make|makes|made)\s+up|accounted\s+for|accounts?\s+for|represented|represents?)\b/gi;

/** When a share stands, not what it measures (`women held 43.6% at year-end`, `… positions at the end of 2024, or 31.4%`: its year gone with the digits). */
const AT_YEAR_END = /\b(?:at|by)\s+(?:the\s+)?(?:year[- ]end\b|end\s+of\b(?:\s+(?:the\s+)?(?:(?:financial|fiscal|reporting)\s+)?(?:year|period)\b)?)/gi;

/** The year a share is said of, not what it measures (`this year we reused more than 40% of our slate waste`): periods are compared on their own. */
const THIS_YEAR = /\bthis\s+(?:financial\s+)?year\b/gi;

/**
 * The label of a list item whose colon the share's clause starts after (`- Key positions¹: women held
 * 43.6%`): the item's subject, the words after the colon only what is said of it.
 */
function listLabel(before: string, lead: string): string {
  const colon = before.length - lead.length - 1;
  if (colon < 0 || before[colon] !== ':') return '';
  const label = LIST_ITEM.exec(before.slice(before.lastIndexOf('\n', colon) + 1, colon));
  return label?.[1] ?? '';
}

/** A list item's label opening its line, after a bullet (`  - Key positions¹`, `• Board of Directors`). */
const LIST_ITEM = new RegExp(`^[ \\t]*${LIST_ITEM_MARK}[ \\t]*([A-Za-z][A-Za-z ,&'’-]{0,60})[\\u00b9\\u00b2\\u00b3*]?$`);

/** How far either side of a share its clause is read, in characters. */
const CLAUSE_REACH = 80;
