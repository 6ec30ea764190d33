import type { Qualifier } from '../domain/figure';
import type { UnitKind } from './units';

// A number on its way to becoming a figure. A grammar (arabic.ts, chinese.ts, english.ts) reads
// the number and hands a `NumberRead` to the shared tail (tail.ts), which adds what stands around
// it and returns a `Candidate` for the noise rules (noise.ts) to judge. The facts travel in small
// records named for who fills them: the grammar fills `form` and `reading`, the tail `context`.

/** How the number is written; each script knows different things about its numbers. */
export type NumberForm =
  | {
      script: 'arabic';
      /** Digits before the decimal point. */
      intDigits: number;
      /** Thousands separators (`11,700`). */
      separator: boolean;
      /** A decimal part, or a share written as a fraction (`1/3`). */
      decimal: boolean;
      /** `05`, `0.5` aside: a zero-padded page or list number. */
      leadingZero: boolean;
    }
  | {
      script: 'zh';
      /** Made only of scale characters (`千`, `千万`). */
      pureScale: boolean;
      /** Written digit by digit (`二〇二一`): a year. */
      digitString: boolean;
      /** `一` alone: an article, not a count. */
      justOne: boolean;
    }
  | {
      script: 'en';
      /** `one` alone. */
      justOne: boolean;
    };

export type Script = NumberForm['script'];

/** What the assembly made of the number, before looking at its unit. */
export interface Reading {
  /** A scale word applied (directly, after a currency, or from an interleaved column). */
  scaled: boolean;
  /** A vague multiple (`数百万`, `hundreds of`). */
  vague: boolean;
  /** A currency sign or code stands before the number. */
  currency: boolean;
  /** `years`: both ends of the range are year-like (`2018-2021`), a period. */
  range: 'none' | 'numbers' | 'years';
}

/** What surrounds the number: found by the shared tail. */
export interface Surroundings {
  /** A counted noun outside the unit tables, and how it stands to the number. */
  noun: { spaced: boolean; capitalized: boolean } | null;
  /** A suffix like `以下`, `or less`: an eligibility threshold. */
  threshold: boolean;
  /** A bare number that is a whole cell of a table row (`工伤人数\t人\t25`, `女性 Female 2563`). */
  tableCell: boolean;
}

/** `none`: no unit; `noun`: a counted noun that is not in the unit tables. */
export type CandidateKind = UnitKind | 'none' | 'noun' | 'code';

/** What a grammar read at an anchor: the number and what it already knows of its unit. */
export interface NumberRead {
  /** Span so far: currency prefix, number, scale, and a `%` or `times` the grammar read. */
  start: number;
  end: number;
  /** The number itself (first number of a range). */
  numStart: number;
  numEnd: number;
  value: number;
  valueMax?: number;
  unit: string;
  kind: CandidateKind;
  /** A qualifier inside the number (`3万多`, `十余`, `several hundred`). */
  qualifier: Qualifier | null;
  form: NumberForm;
  reading: Reading;
}

/** A number with its unit, qualifier and surroundings: everything the noise rules judge. */
export interface Candidate extends Omit<NumberRead, 'qualifier'> {
  qualifier: Qualifier;
  context: Surroundings;
  /** Where scanning resumes: after everything the candidate consumed. */
  scanEnd: number;
}

/** What a grammar returns: a number, or nothing, and where the scan goes on. */
export interface GrammarResult {
  read: NumberRead | null;
  next: number;
}

export const skipTo = (next: number): GrammarResult => ({ read: null, next });

/** A number read from `start` to `end`, no unit yet. */
export function numberRead(start: number, end: number, value: number, form: NumberForm, reading: Partial<Reading> = {}): NumberRead {
  return {
    start,
    end,
    numStart: start,
    numEnd: end,
    value,
    valueMax: undefined,
    unit: '',
    kind: 'none',
    qualifier: null,
    form,
    // every field written, in one order: one object shape for the hot path
    reading: { scaled: reading.scaled ?? false, vague: reading.vague ?? false, currency: reading.currency ?? false, range: reading.range ?? 'none' },
  };
}

/** Whether the number is a lone `one`/`一`, read as an article. */
export const justOne = (c: NumberRead): boolean => c.form.script !== 'arabic' && c.form.justOne;

/** Whether the number is written in Arabic digits with a thousands separator / a decimal part. */
export const hasSeparator = (c: NumberRead): boolean => c.form.script === 'arabic' && c.form.separator;
export const hasDecimal = (c: NumberRead): boolean => c.form.script === 'arabic' && c.form.decimal;

/** A four-digit whole number from 1900 to 2100 in digits: a year (a column's heading), not a quantity. */
export const yearLike = (c: NumberRead): boolean =>
  c.form.script === 'arabic' && c.form.intDigits === 4 && !c.form.decimal && !c.form.separator && c.value >= 1900 && c.value <= 2100;
