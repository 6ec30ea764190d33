// A disagreement one file of a translated pair has within itself, found again in the translation: the Chinese 致辞's
// `成品茶产量23,420吨` against 一（三）'s `24,860吨` and the 关键绩效表's 24,860, where the English 1.3 translates 一（三）
// (`We produced 24,860 tonnes`). The odd figure is stated otherwise in the other language too, for the same metric and
// year, and an auditor comparing the two files sets them side by side. Only a figure that disagrees with two or more
// figures of one value is taken for the odd one (with one against one, neither is known to be the slip), and only one
// the other file leaves out of a passage it translates: a figure with a translation of its own, or already set against
// its translation in the other file (`38.64亿元` of `RMB38.64 billion`), has its disagreement across the files said by the
// translation checks; one set only against another slip of the other file (the English letter's 46.3 million against the
// Chinese letter's `超过4,900万人次`, both letters slipped) is set against the value the two files agree on too. A figure
// against one other of its file is the odd one when the other file, at its own place, states that other's value
// (`单位产品综合能耗506.2千克标准煤/万双` against its table's 486.5 and the English sentence's `486.5 kgce`).

import { fileTranslations } from './bilingual';
import { lowerBoundBy } from '../../text/lower-bound';
import { pairCheck } from '../consistency/pair-check';
import { figureId, type FigureId } from '../readers/figure-places';
import { significantDigits } from '../readers/precision';
import { asCheckFigure, asDocFigure, firstAtOrAfter, type Check, type CheckDocument, type CheckFigure, type DocFigure } from '../types';

const RULE = 'consistency.translation-restated';

export function disagreementsThroughTranslation(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const translations = translationsByFigure(docs);
  if (translations.size === 0) return [];
  const anchorsByFile = anchorsInOrder(docs);
  const byName = new Map(docs.map((d) => [d.name, d]));
  // each figure of a file and the figures of the same file it disagrees with
  const against = new Map<FigureId, { at: DocFigure; others: Map<FigureId, DocFigure> }>();
  for (const c of checks) {
    if (c.kind !== 'consistency' || c.holds || !c.figures.every((f) => f.doc === c.figures[0]!.doc)) continue;
    const figures = c.figures.map((f) => asDocFigure(byName, f)).filter((f) => f !== undefined);
    for (const a of figures)
      for (const b of figures) {
        if (sameStatement(a, b)) continue;
        const id = figureId(a.doc.name, a.figure.start);
        const entry = against.get(id) ?? against.set(id, { at: a, others: new Map() }).get(id)!;
        entry.others.set(figureId(b.doc.name, b.figure.start), b);
      }
  }
  // figures a check already sets against the other file (a slip of a figure and its translation)
  // (with the other file's figures it is set against: against another slip of the other file, `超过4,900万人次` of its letter
  // beside the English letter's 46.3 million, it is not yet set against the value the two files agree on; against its own
  // translation, its digits written alike, `38.64亿元` of `RMB38.64 billion`, it is)
  const acrossFiles = new Map<FigureId, CheckFigure[]>();
  for (const c of checks)
    if (!c.holds && c.figures.some((f) => f.doc !== c.figures[0]!.doc))
      for (const f of c.figures) {
        const id = figureId(f.doc, f.start);
        acrossFiles.set(id, [...(acrossFiles.get(id) ?? []), ...c.figures.filter((o) => o.doc !== f.doc)]);
      }
  const out: Check[] = [];
  for (const { at, others } of against.values()) {
    // the odd figure's own translation, or a check of it against the other file, already says where the two files part
    const id = figureId(at.doc.name, at.figure.start);
    if (translations.has(id) || !passageTranslated(at, translations)) continue;
    const said = [...others.values()];
    // one figure against one: the translation at the odd figure's own place says the other's value
    if (said.length === 1) {
      const there = translationAtPlace(at, said[0]!, anchorsByFile);
      if (there && !(acrossFiles.get(id) ?? []).some((o) => o.value === there.figure.value)) out.push({ ...pairCheck(at, there, 'same.differ'), rule: RULE });
      continue;
    }
    // two figures or more of one value, the odd figure's value not among them
    if (!said.every((o) => sameStatement(o, said[0]!))) continue;
    const translated = said.flatMap((o) => translations.get(figureId(o.doc.name, o.figure.start)) ?? []).filter((t) => t.figure.value === said[0]!.figure.value);
    if (translated.length === 0 || (acrossFiles.get(id) ?? []).some((o) => o.value === translated[0]!.figure.value || sameDigits(o.text, at.figure.text))) continue;
    const check = pairCheck(at, translated[0]!, 'same.differ');
    out.push({ ...check, figures: [...check.figures, ...translated.slice(1).map((t) => asCheckFigure(t, 'mention'))], rule: RULE });
  }
  return out;
}

/**
 * Whether the other file translates the passage the odd figure stands in, leaving that figure out: another figure of
 * its sentence, on its line, has a translation (`同比增长10.0%` beside the 致辞's `成品茶产量23,420吨`). A table the
 * other file does not give, or a passage it summarises away, says nothing against it.
 */
function passageTranslated(at: DocFigure, translations: ReadonlyMap<string, DocFigure[]>): boolean {
  const { doc, figure } = at;
  const from = Math.max(figure.sentence.start, doc.text.lastIndexOf('\n', figure.start) + 1);
  const lineEnd = doc.text.indexOf('\n', figure.end);
  const to = Math.min(figure.sentence.end, lineEnd < 0 ? doc.text.length : lineEnd);
  for (let k = firstAtOrAfter(doc, from); k < doc.figures.length && doc.figures[k]!.start < to; k++)
    if (k !== at.index && translations.has(figureId(doc.name, doc.figures[k]!.start))) return true;
  return false;
}

/** How many figures of the other file between the two anchors around a figure its translation is looked for among. */
const MAX_PLACE_FIGURES = 12;

/**
 * The Chinese 二（一）'s `单位产品综合能耗506.2千克标准煤/万双，较上年下降4.0%` against its 关键绩效表's 486.5, where the English
 * 2.1 translates the sentence (`Energy per 10,000 pairs of socks was 486.5 kgce, 4.0% lower`): one figure against one
 * within a file does not say which is the slip, but the other file, at the odd figure's own place — between the anchors
 * just before and after it — stating the value of the figure it disagrees with, once and untranslated itself, does. That
 * figure is the odd one's translation, and the two disagree.
 */
function translationAtPlace(at: DocFigure, other: DocFigure, anchorsByFile: ReadonlyMap<string, Array<[DocFigure, DocFigure]>>): DocFigure | undefined {
  const anchors = anchorsByFile.get(at.doc.name);
  if (!anchors || at.figure.qualifier !== 'exact' || other.figure.qualifier !== 'exact' || other.figure.value === at.figure.value) return undefined;
  // the anchors around it, of one other file, by binary search over the file's anchors in order
  const lo = lowerBoundBy(anchors.length, (i) => anchors[i]![0].figure.start, at.figure.start);
  const before = anchors[lo - 1];
  const after = anchors[lo];
  if (!before || !after || before[1].doc !== after[1].doc || !(before[1].index < after[1].index)) return undefined;
  // (the two anchors of one passage: the sentence of the odd figure holds one of them)
  if (before[0].figure.sentence.start !== at.figure.sentence.start && after[0].figure.sentence.start !== at.figure.sentence.start) return undefined;
  const { doc } = before[1];
  if (after[1].index - before[1].index - 1 > MAX_PLACE_FIGURES) return undefined;
  const found: DocFigure[] = [];
  for (let k = before[1].index + 1; k < after[1].index; k++) {
    const f = doc.figures[k]!;
    if (f.value === other.figure.value && f.qualifier === 'exact') found.push({ doc, figure: f, index: k });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Each file's anchors (its figure, then its translation), in the order of its figures. */
function anchorsInOrder(docs: readonly CheckDocument[]): Map<string, Array<[DocFigure, DocFigure]>> {
  const out = new Map<string, Array<[DocFigure, DocFigure]>>();
  const add = (from: DocFigure, to: DocFigure) => {
    const list = out.get(from.doc.name) ?? out.set(from.doc.name, []).get(from.doc.name)!;
    list.push([from, to]);
  };
  for (const [z, e] of fileTranslations(docs)) {
    add(z, e);
    add(e, z);
  }
  for (const list of out.values()) list.sort((a, b) => a[0].figure.start - b[0].figure.start);
  return out;
}

/** Two figures written with the same significant digits (`38.64亿元`, `RMB38.64 billion`; `2.3万名`, `23,000`). */
function sameDigits(a: string, b: string): boolean {
  const [x, y] = [significantDigits(a), significantDigits(b)];
  return x !== undefined && x !== '' && x === y;
}

/** One statement said twice: the same value, qualified alike. */
const sameStatement = (a: DocFigure, b: DocFigure) => a.figure.value === b.figure.value && a.figure.qualifier === b.figure.qualifier;

/** Each anchored figure's translations in the other file, by the figure's id. */
function translationsByFigure(docs: readonly CheckDocument[]): Map<string, DocFigure[]> {
  const out = new Map<string, DocFigure[]>();
  const add = (from: DocFigure, to: DocFigure) => {
    const id = figureId(from.doc.name, from.figure.start);
    out.set(id, [...(out.get(id) ?? []), to]);
  };
  for (const [z, e] of fileTranslations(docs)) {
    add(z, e);
    add(e, z);
  }
  return out;
}
