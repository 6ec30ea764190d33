import { QUALIFIERS, type Qualifier } from '../../../shared/domain/figure';
import { corrected, describedValue, type CorrectionPart } from '../db/detail-shapes';
import type { FigureValue } from '../db/records';
import { formatFigureValue } from '../i18n/format';
import { i18next } from '../i18n/i18n';

export const isQualifier = (value: string): value is Qualifier => (QUALIFIERS as readonly string[]).includes(value);

/** `18,800,000,000`, or `30,000–40,000` for a range, in the fixed form event details record (the screen follows the UI's locale). */
export const formatValue = (figure: Pick<FigureValue, 'value' | 'valueMax'>): string => formatFigureValue(figure, 'en-US');

/** `over 30,000–40,000 users`: the whole claim in one phrase, for event details. */
export const describeFigureValue = (figure: FigureValue): string =>
  describedValue.write({ qualifier: figure.qualifier, amount: `${formatValue(figure)}${figure.unit ? ` ${figure.unit}` : ''}` });

/** `value 188 → 18,800,000,000; unit "" → "CNY"`, only what changed; empty when nothing did. */
export function describeCorrection(before: FigureValue, after: FigureValue): string {
  const parts: CorrectionPart[] = [];
  if (before.value !== after.value || before.valueMax !== after.valueMax) parts.push({ part: 'value', from: formatValue(before), to: formatValue(after) });
  if (before.unit !== after.unit) parts.push({ part: 'unit', from: before.unit, to: after.unit });
  if (before.qualifier !== after.qualifier) parts.push({ part: 'qualifier', from: before.qualifier, to: after.qualifier });
  return parts.length === 0 ? '' : corrected.write({ parts });
}

/** Why `figure` cannot be stored as a value, or null when it can. */
export function invalidFigureValue(figure: FigureValue): string | null {
  if (!Number.isFinite(figure.value)) return i18next.t('errors.notANumber');
  if (figure.valueMax !== undefined) {
    if (!Number.isFinite(figure.valueMax)) return i18next.t('errors.rangeNotANumber');
    if (figure.valueMax <= figure.value) return i18next.t('errors.rangeBelow');
  }
  if (figure.unit.length > 64) return i18next.t('errors.unitTooLong');
  if (!isQualifier(figure.qualifier)) return i18next.t('errors.chooseQualifier');
  return null;
}
