import type { Qualifier } from '../../../../shared/domain/figure';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseFigureValue } from '../../../../shared/extraction/index';
import type { FigureValue } from '../../db/records';
import { invalidFigureValue } from '../../domain/figure-value';
import { i18next } from '../../i18n/i18n';

/** A figure's value as the auditor types it: text fields, read into a FigureValue on submit. */
export interface ValueFields {
  /** A number (`18800000000`, `1.2e9`, `18,800`) or a figure as written (`超过188亿元`, `550 million users`). */
  value: string;
  valueMax: string;
  unit: string;
  qualifier: Qualifier;
}

export const fieldsOf = (figure: FigureValue): ValueFields => ({
  value: String(figure.value),
  valueMax: figure.valueMax === undefined ? '' : String(figure.valueMax),
  unit: figure.unit,
  qualifier: figure.qualifier,
});

/** `18,800,000` or ` 1.2e9 ` as a number; null for anything else. */
export function plainNumber(input: string): number | null {
  const compact = input.replace(/[\s,_]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact)) return null;
  return Number(compact);
}

/**
 * When the value field holds a figure as written rather than a number, the fields it implies
 * (`超过188亿元` → 18800000000, CNY, over); null when it is a number already or not a figure.
 */
export function fieldsFromWrittenValue(fields: ValueFields): ValueFields | null {
  if (!fields.value.trim() || plainNumber(fields.value) !== null) return null;
  const parsed = parseFigureValue(fields.value.trim());
  return parsed && { ...fieldsOf(parsed), unit: parsed.unit || fields.unit };
}

/** The fields as a value to store, or why they cannot be. */
export function readValueFields(fields: ValueFields): Result<FigureValue, string> {
  const filled = fieldsFromWrittenValue(fields) ?? fields;
  const value = plainNumber(filled.value);
  if (value === null) return err(i18next.t('errors.notAFigureValue', { value: fields.value }));
  let valueMax: number | undefined;
  if (filled.valueMax.trim()) {
    const max = plainNumber(filled.valueMax);
    if (max === null) return err(i18next.t('errors.notANumberValue', { value: filled.valueMax }));
    valueMax = max;
  }
  const figure: FigureValue = { value, unit: filled.unit.trim(), qualifier: filled.qualifier };
  if (valueMax !== undefined) figure.valueMax = valueMax;
  const invalid = invalidFigureValue(figure);
  return invalid ? err(invalid) : ok(figure);
}
