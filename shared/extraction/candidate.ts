import type { Qualifier } from '../domain/figure';
import type { UnitKind } from './units';

/** A number the assembler found, with everything the noise filters need to judge it. */
export interface Candidate {
  /** Span reported for the figure: currency prefix, number, scale, unit; no qualifier word. */
  start: number;
  end: number;
  /** The number itself (first number of a range). */
  numStart: number;
  numEnd: number;
  value: number;
  valueMax?: number;
  unit: string;
  /** `none`: no unit; `noun`: a counted noun that is not in the unit tables. */
  kind: UnitKind | 'none' | 'noun' | 'code';
  qualifier: Qualifier;
  source: 'arabic' | 'zh' | 'en';
  /** Integer digits of an Arabic number (0 for words). */
  intDigits: number;
  isInteger: boolean;
  hasSeparator: boolean;
  hasDecimal: boolean;
  leadingZero: boolean;
  /** A scale word applied (directly or from an interleaved column). */
  scaled: boolean;
  /** Vague multiple (`数百万`, `hundreds of`). */
  vague: boolean;
  currency: boolean;
  range: boolean;
  /** The end of a range is also year-like. */
  rangeYears: boolean;
  /** A counted noun separated from the number by whitespace (`1 修复绿色星球`). */
  nounSpaced: boolean;
  nounCapitalized: boolean;
  /** Suffix like `以下`, `or less`: an eligibility threshold. */
  threshold: boolean;
  /** Chinese numeral made only of scale characters (`千`, `千万`). */
  pureScale: boolean;
  /** Chinese numeral written digit by digit (`二〇二一`). */
  digitString: boolean;
  /** English `one` alone or Chinese `一` alone. */
  justOne: boolean;
  /** A bare number that is a whole cell of a table row (`工伤人数\t人\t25`, `女性 Female 2563`). */
  tableCell: boolean;
  /** Where scanning resumes: after everything the candidate consumed. */
  scanEnd: number;
}
