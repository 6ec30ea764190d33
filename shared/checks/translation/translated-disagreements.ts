// A disagreement one file of a translated pair has within itself, found again in the translation: the Chinese 致辞's
// `成品茶产量23,420吨` against 一（三）'s `24,860吨` and the 关键绩效表's 24,860, where the English 1.3 translates 一（三）
// (`We produced 24,860 tonnes`). The odd figure is stated otherwise in the other language too, for the same metric and
// year, and an auditor comparing the two files sets them side by side. Only a figure that disagrees with two or more
// figures of one value is taken for the odd one (with one against one, neither is known to be the slip), and only one
// the other file leaves out of a passage it translates: a figure with a translation of its own, or already set against
// the other file, has its disagreement across the files said by the translation checks.

import { fileTranslations } from './bilingual';
import { pairCheck } from '../consistency/pair-check';
import { figureId } from '../consistency/restatements';
import { asCheckFigure, asDocFigure, firstAtOrAfter, type Check, type CheckDocument, type DocFigure } from '../types';

const RULE = 'consistency.translation-restated';

export function disagreementsThroughTranslation(checks: readonly Check[], docs: readonly CheckDocument[]): Check[] {
  const translations = translationsByFigure(docs);
  if (translations.size === 0) return [];
  const byName = new Map(docs.map((d) => [d.name, d]));
  // each figure of a file and the figures of the same file it disagrees with
  const against = new Map<string, { at: DocFigure; others: Map<string, DocFigure> }>();
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
  const acrossFiles = new Set<string>();
  for (const c of checks) if (!c.holds && c.figures.some((f) => f.doc !== c.figures[0]!.doc)) for (const f of c.figures) acrossFiles.add(figureId(f.doc, f.start));
  const out: Check[] = [];
  for (const { at, others } of against.values()) {
    // the odd figure's own translation, or a check of it against the other file, already says where the two files part
    const id = figureId(at.doc.name, at.figure.start);
    if (translations.has(id) || acrossFiles.has(id) || !passageTranslated(at, translations)) continue;
    const said = [...others.values()];
    // two figures or more of one value, the odd figure's value not among them
    if (said.length < 2 || !said.every((o) => sameStatement(o, said[0]!))) continue;
    const translated = said.flatMap((o) => translations.get(figureId(o.doc.name, o.figure.start)) ?? []).filter((t) => t.figure.value === said[0]!.figure.value);
    if (translated.length === 0) continue;
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
