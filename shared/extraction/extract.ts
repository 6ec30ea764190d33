import type { ExtractedFigure } from '../domain/figure';
import type { Candidate, GrammarResult } from './candidate';
import { NORM, ANCHOR, A_DIGIT, A_LETTER, A_ZHNUM } from './normalize';
import { readArabic } from './arabic';
import { loneOne, readChinese } from './chinese';
import { mayStartNumberWord, readEnglish } from './english';
import { finishFigure } from './tail';
import { takeFlattenedRowUnit } from './flattened-row';
import { takeYearRowUnit } from './year-rows';
import { takeSmallChange } from './small-change';
import { takeKuaiAsYuan } from './kuai-yuan';
import { takeParallelClauseNoun, takeReferredNoun, takeSemicolonSubjectNoun, takeShareNoun, takeTotalNoun } from './referred-noun';
import { takeChangeBaseNoun } from './change-base-noun';
import { inJoinedHeading } from './joined-heading';
import { takeElidedGas, takeNamedSubstance } from './elided-gas';
import { OrphanScales } from './orphan-scale';
import { TableHeaders } from './table-header';
import { groupsThousandsWithSpaces } from './space-thousands';
import { entityEnd } from './gaps';
import { skipMarkup, wordEnd } from './skip';
import { noiseReason } from './noise';
import { SentenceCache } from './sentences';
import { undoubleRadicals } from './radicals';

// The scanner: walks the text once, jumping between anchors (a digit, a Chinese numeral, the
// start of an English number word). At each, the grammar of its script reads the number
// (arabic.ts, chinese.ts, english.ts), the shared tail adds unit, qualifiers and surroundings
// (tail.ts), and noise.ts rejects what is not a claimed figure.

export interface ScanOptions {
  /** Apply the noise filters (off when parsing a value the auditor typed). */
  filter: boolean;
  /** Record why candidates were rejected (debugging, tests). */
  onReject?: (c: Candidate, reason: string) => void;
}

/** The number at anchor `i` (of class `a`), read by the grammar of its script. */
function readAt(text: string, i: number, a: number, spaceGroups: boolean): GrammarResult {
  if (a === A_DIGIT) return readArabic(text, i, spaceGroups);
  if (a === A_ZHNUM) return loneOne(text, i) ? { read: null, next: i + 1 } : readChinese(text, i);
  if (a === A_LETTER) {
    const we = wordEnd(text, i);
    if ((i > 0 && ANCHOR[text.charCodeAt(i - 1)] === A_LETTER) || !mayStartNumberWord(text, i, we)) return { read: null, next: we };
    return readEnglish(text, i, we);
  }
  if (NORM[text.charCodeAt(i)] === 0x3c) return { read: null, next: skipMarkup(text, i) };
  const e = entityEnd(text, i);
  return { read: null, next: e > 0 ? e : i + 1 };
}

export function scan(text: string, opts: ScanOptions): Candidate[] {
  const out: Candidate[] = [];
  const orphans = new OrphanScales(text);
  const tables = new TableHeaders(text);
  const spaceGroups = groupsThousandsWithSpaces(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let a = ANCHOR[text.charCodeAt(i)]!;
    while (a === 0 && ++i < n) a = ANCHOR[text.charCodeAt(i)]!;
    if (i >= n) break;
    if (a === A_LETTER) {
      // most words are no number: skip them here, without a grammar's result
      const we = wordEnd(text, i);
      if ((i > 0 && ANCHOR[text.charCodeAt(i - 1)] === A_LETTER) || !mayStartNumberWord(text, i, we)) {
        i = we;
        continue;
      }
    }
    const r = readAt(text, i, a, spaceGroups);
    let next = r.next;
    if (r.read) {
      const cand = finishFigure(text, r.read, orphans, tables);
      // fen and jiao before 钱 are money (`2 分钱`)
      takeSmallChange(text, cand);
      // 块 is yuan where its sentence spoke of 块钱 (`卖不到十块钱，现在能卖到二十多块`)
      takeKuaiAsYuan(text, cand);
      // a table flattened to one paragraph: the unit before a value is its row's
      takeFlattenedRowUnit(text, cand);
      // a row one space apart under a header of years: each value is a cell, whatever word precedes it
      const yearRow = takeYearRowUnit(text, cand);
      // `Eleven sites, six of them`, `of which 9.6 million`: the noun of the figure before in its sentence
      takeReferredNoun(text, cand, out);
      // `412 people …, 2.7% more than the 410`: the level the rate compares the figure before it with
      takeChangeBaseNoun(text, cand, out);
      // `bringing the total to⏎312`: what the total counts; `94% of the homes …, and 1,864 were`: the share's
      takeTotalNoun(text, cand, out[out.length - 1]);
      takeShareNoun(text, cand, out[out.length - 1]);
      // `…, 4.0% of the workforce; 2,650, or 5.5%, as …`: the noun the clause before counted
      takeParallelClauseNoun(text, cand, out);
      // `we ran 1,120 vehicles …; 386 were new energy vehicles`: the noun a count of the clause before counted
      takeSemicolonSubjectNoun(text, cand, out);
      // `1.17 kg CO2e, from 1.74 kg`: the gas the comparison states once
      takeElidedGas(text, cand, out[out.length - 1]);
      // `年节约标准煤约58万吨`: the substance named right before a mass
      takeNamedSubstance(text, cand);
      // a scale word a number in another column (or on the line above) took is that number's
      const taken = cand.form.script === 'zh' && cand.form.pureScale && orphans.taken(cand.numStart);
      const reason = taken ? 'scale-of-a-number-above' : opts.filter && yearRow !== 'value' ? (yearRow === 'unit' ? 'unit-cell-of-a-year-row' : (noiseReason(text, cand) ?? (inJoinedHeading(text, cand) ? 'joined-heading-number' : null))) : null;
      if (reason === null) {
        const prev = out[out.length - 1];
        if (!prev || prev.end <= cand.start) out.push(cand);
      } else opts.onReject?.(cand, reason);
      next = Math.max(next, cand.scanEnd);
    }
    i = Math.max(next, i + 1);
  }
  return out;
}

export function extract(text: string): ExtractedFigure[] {
  const sentences = new SentenceCache(text);
  const undoubled = undoubleRadicals(text);
  if (!undoubled) return scan(text, { filter: true }).map((c) => toFigure(text, c, sentences));
  return scan(undoubled.text, { filter: true }).map((c) =>
    toFigure(text, { ...c, start: undoubled.startIn(c.start), end: undoubled.endIn(c.end) }, sentences),
  );
}

export function toFigure(text: string, c: Candidate, sentences = new SentenceCache(text)): ExtractedFigure {
  const sentence = sentences.at(c.start, c.end);
  const f: ExtractedFigure = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: round(c.value),
    unit: c.unit,
    qualifier: c.qualifier,
    sentence: { start: sentence.start, end: sentence.end },
  };
  if (c.valueMax !== undefined) f.valueMax = round(c.valueMax);
  return f;
}

/** Drop binary noise from scale multiplication (`3.26 * 1e8`). */
function round(v: number): number {
  if (Number.isInteger(v) || !Number.isFinite(v)) return v;
  const r = Number(v.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}
