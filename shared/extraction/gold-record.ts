import type { ExtractedFigure } from '../domain/figure';

/** One figure as a line of the evaluation set's JSON-lines form (GUIDELINES.md, "Fields"). */
export interface GoldRecord {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  value_max?: number;
  unit: string;
  qualifier: string;
}

export function toGoldRecord(doc: string, f: ExtractedFigure): GoldRecord {
  // field order as in the gold files: value_max right after value, only for ranges
  const head = { doc, start: f.start, end: f.end, text: f.text, value: f.value };
  const tail = { unit: f.unit, qualifier: f.qualifier };
  return f.valueMax === undefined ? { ...head, ...tail } : { ...head, value_max: f.valueMax, ...tail };
}

/** The JSON line for a figure (no trailing newline). */
export function toGoldLine(doc: string, f: ExtractedFigure): string {
  return JSON.stringify(toGoldRecord(doc, f));
}
