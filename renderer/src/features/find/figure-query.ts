/**
 * Filter the queue by what a figure says rather than where it stands: a value range, a unit, the
 * metric it measures, and words of its sentence. Text is compared in the find index's normalised
 * form, so `tco2e` matches `tCO2e` and `员工 满意度` matches `员工满意度`. The matching figures' ids
 * go to the queue filter (QueueFilter.figureIds).
 */
import type { Span } from '../../../../shared/domain/figure';
import { normaliseQuery } from '../../../../shared/find/text-index';

export interface FigureQuery {
  /** Inclusive bounds on the figure's value (a range `30,000 to 40,000` matches when it overlaps). */
  min?: number;
  max?: number;
  unit?: string;
  metric?: string;
  /** Words that must all appear in the figure's sentence, separated by spaces. */
  words?: string;
}

/** What a figure query reads of a figure. */
export interface QueryableFigure {
  id: string;
  documentId: string;
  value: number;
  valueMax?: number;
  unit: string;
  metric?: string;
  sentence: Span;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

export function isEmptyQuery(query: FigureQuery): boolean {
  return query.min === undefined && query.max === undefined && blank(query.unit) && blank(query.metric) && blank(query.words);
}

/** Read a bound typed by the auditor (`1,000`, `１２`, `-3.5`); undefined for nothing or not a number. */
export function parseBound(typed: string): number | undefined {
  const plain = typed.normalize('NFKC').replace(/[,\s]/g, '');
  if (plain === '') return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** A predicate for `query`; `textOf` gives each figure's document text (for its sentence). */
export function figureMatcher(query: FigureQuery, textOf: (documentId: string) => string | undefined): (figure: QueryableFigure) => boolean {
  const unit = normaliseQuery(query.unit ?? '');
  const metric = normaliseQuery(query.metric ?? '');
  const words = (query.words ?? '').split(/\s+/).map(normaliseQuery).filter((word) => word !== '');
  return (figure) => {
    const high = figure.valueMax ?? figure.value;
    if (query.min !== undefined && high < query.min) return false;
    if (query.max !== undefined && figure.value > query.max) return false;
    if (unit && normaliseQuery(figure.unit) !== unit) return false;
    if (metric && !normaliseQuery(figure.metric ?? '').includes(metric)) return false;
    if (words.length > 0) {
      const sentence = normaliseQuery(textOf(figure.documentId)?.slice(figure.sentence.start, figure.sentence.end) ?? '');
      if (!words.every((word) => sentence.includes(word))) return false;
    }
    return true;
  };
}

/** The ids of the figures `query` keeps. */
export function figuresMatching(
  figures: readonly QueryableFigure[],
  query: FigureQuery,
  textOf: (documentId: string) => string | undefined,
): Set<string> {
  const matches = figureMatcher(query, textOf);
  return new Set(figures.filter(matches).map((figure) => figure.id));
}

/** The units the engagement's figures use, most common first: the unit field's suggestions. */
export function unitsInUse(figures: readonly QueryableFigure[], limit = 40): string[] {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([unit]) => unit !== '')
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([unit]) => unit);
}
