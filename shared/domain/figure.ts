/** How a report hedges a figure: `超过4500万户` is `over`, `近10000场` is `nearly`. */
export const QUALIFIERS = ['exact', 'over', 'nearly', 'about', 'under', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A character range `[start, end)` in a document's text (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

/** What a figure asserts: as the extractor reads it, as an auditor corrects or adds it, as an event records it. */
export interface FigureValue {
  /** The number after scale words: `188亿` → 18_800_000_000, `39%` → 39. */
  value: number;
  /** Upper end of a range (`30,000 to 40,000`); absent for a single value. */
  valueMax?: number;
  /** ISO currency code, a normalised measure (`%`, `tCO2e`, `kWh`) or the counted noun as written. */
  unit: string;
  qualifier: Qualifier;
}

/**
 * A claimed figure as the extractor found it in a text: the quantity a report asserts and an
 * auditor has to verify. Offsets always refer to the original text, never a normalised copy.
 */
export interface ExtractedFigure extends Span, FigureValue {
  /** The source characters `[start, end)`: number, scale word and unit, without the qualifier. */
  text: string;
  /** The sentence the figure belongs to: the claim's context. */
  sentence: Span;
  /** What the figure counts or measures (`女性员工`, `Mobile payment users`), when it can be told. */
  metric?: string;
  /** The period it is stated for (`2021年`, `FY2022`, `as of March 2020`), when stated. */
  period?: string;
  /** The boundary it covers (`范围1`, `Scope 1, 2, 3`), when stated. */
  scope?: string;
}

/** The longest metric, period or scope a figure carries: a phrase, never a run-on clause. */
export const MAX_DESCRIPTION_LENGTH = 200;

/** A rectangle on a rendered page, in PDF user-space units with the origin at the top left. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
