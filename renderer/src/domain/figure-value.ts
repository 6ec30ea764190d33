import { QUALIFIERS, type Qualifier } from '../../../shared/domain/figure';
import type { FigureValue } from '../db/records';

/** How each qualifier reads in the queue and in the CSV detail; `exact` says nothing. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'exact',
  over: 'over',
  nearly: 'nearly',
  about: 'about',
  under: 'under',
  up_to: 'up to',
};

export const isQualifier = (value: string): value is Qualifier => (QUALIFIERS as readonly string[]).includes(value);

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const scientific = new Intl.NumberFormat('en-US', { notation: 'scientific', maximumSignificantDigits: 6 });

/** A number as the auditor compares it with the source: grouped digits, scientific beyond 10^15. */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 1e15 ? scientific.format(value) : grouped.format(value);
}

/** `18,800,000,000`, or `30,000–40,000` for a range. */
export function formatValue(figure: Pick<FigureValue, 'value' | 'valueMax'>): string {
  const low = formatNumber(figure.value);
  return figure.valueMax === undefined ? low : `${low}–${formatNumber(figure.valueMax)}`;
}

/** `over 30,000–40,000 users`: the whole claim in one phrase, for event details. */
export function describeFigureValue(figure: FigureValue): string {
  const qualifier = figure.qualifier === 'exact' ? '' : `${QUALIFIER_LABELS[figure.qualifier]} `;
  return `${qualifier}${formatValue(figure)}${figure.unit ? ` ${figure.unit}` : ''}`;
}

/** `value 188 → 18,800,000,000; unit "" → CNY`, only what changed; empty when nothing did. */
export function describeCorrection(before: FigureValue, after: FigureValue): string {
  const changes: string[] = [];
  if (before.value !== after.value || before.valueMax !== after.valueMax) {
    changes.push(`value ${formatValue(before)} → ${formatValue(after)}`);
  }
  if (before.unit !== after.unit) changes.push(`unit "${before.unit}" → "${after.unit}"`);
  if (before.qualifier !== after.qualifier) changes.push(`qualifier ${before.qualifier} → ${after.qualifier}`);
  return changes.join('; ');
}

/** Why `figure` cannot be stored as a value, or null when it can. */
export function invalidFigureValue(figure: FigureValue): string | null {
  if (!Number.isFinite(figure.value)) return 'The value must be a number.';
  if (figure.valueMax !== undefined) {
    if (!Number.isFinite(figure.valueMax)) return 'The upper end of the range must be a number.';
    if (figure.valueMax <= figure.value) return 'The upper end of the range must be above the value.';
  }
  if (figure.unit.length > 64) return 'The unit is too long (64 characters at most).';
  if (!isQualifier(figure.qualifier)) return 'Choose a qualifier from the list.';
  return null;
}
