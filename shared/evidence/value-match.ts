import type { Qualifier } from '../domain/figure';

// When does a value in the evidence support a claimed one? A report rounds: `188亿` claims the
// hundred-million, so 18,812,000,000 would round to 188.1亿 — not to 188亿 — but it does support
// `超188亿`, whose qualifier says "more than". Each claim states a precision by the digits it writes
// (its step: `188亿` → 1亿, `49.5%` → 0.1, `18,800,000,000` → 1亿 as its zeros are not digits it
// claims), and a qualifier that widens its range on one side (`超`, `over`), narrows it to the
// other (`近`, `nearly`, `under`) or both (`约`, `about`).

export type ValueReason = 'exact' | 'rounded' | 'within qualifier' | 'ratio';

/** The value a claim or a piece of evidence states, and how precisely. */
export interface StatedValue {
  value: number;
  /** The place of its last stated digit, in the value's own units (0 for a computed value). */
  step: number;
  qualifier: Qualifier;
}

const EPSILON = 1e-9;
/** How far beyond its number a hedged claim may reach: `over 250,000` is not 400,000. */
const QUALIFIER_REACH = 0.1;
const ABOUT_REACH = 0.02;

/**
 * The step of the last digit `text` writes for `value`: `5.3 万` → 1,000; `18,800,000,000` → 1e8 (a
 * plain number's three or more final zeros are not claimed digits); `49.5%` → 0.1; `90%` → 1.
 * Without digits (`两天`, `several hundred`) the value's leading place.
 */
export function statedStep(text: string, value: number): number {
  if (value === 0) return 1;
  const written = /\d(?:[\d,\s]*\d)?(?:\.\s*\d(?:\s*\d)*)?/.exec(text)?.[0].replace(/[\s,]/g, '');
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)));
  if (written === undefined) return magnitude;
  const mantissa = Number(written);
  if (!Number.isFinite(mantissa) || mantissa === 0) return magnitude;
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  const scale = Math.abs(value) / mantissa;
  // `18,800,000,000` claims the hundred-million; `90%`, `2000万` and `1,500` claim their last digit.
  const zeros = decimals === 0 && Math.abs(scale - 1) < 1e-9 ? /0*$/.exec(written)![0].length : 0;
  return Math.max(scale * 10 ** ((zeros >= 3 ? zeros : 0) - decimals), Number.MIN_VALUE);
}

/** The range of evidence values `claim` could be supported by, for looking them up in order. */
export function supportWindow(claim: StatedValue): { low: number; high: number } {
  const { value, step } = claim;
  const size = Math.abs(value);
  const half = step / 2 + size * EPSILON;
  const reach = Math.max(step, size * QUALIFIER_REACH);
  switch (claim.qualifier) {
    case 'over':
      return { low: value - size * EPSILON, high: value + reach };
    case 'nearly':
    case 'under':
    case 'up_to':
      return { low: value - reach, high: value + size * EPSILON };
    case 'about':
      return { low: value - Math.max(half, size * ABOUT_REACH), high: value + Math.max(half, size * ABOUT_REACH) };
    default:
      return { low: value - half, high: value + half };
  }
}

/** Why `evidence` supports `claim`, or undefined when it does not. */
export function valueReason(claim: StatedValue, evidence: StatedValue): Exclude<ValueReason, 'ratio'> | undefined {
  const diff = evidence.value - claim.value;
  const size = Math.max(Math.abs(claim.value), Math.abs(evidence.value));
  if (Math.abs(diff) <= size * EPSILON) return 'exact';
  const { low, high } = supportWindow(claim);
  if (evidence.value < low || evidence.value > high) return undefined;
  const rounds = Math.abs(diff) <= Math.max(claim.step, evidence.step) / 2 + size * EPSILON;
  switch (claim.qualifier) {
    case 'over':
      return diff < 0 ? undefined : rounds ? 'rounded' : 'within qualifier';
    case 'nearly':
    case 'under':
    case 'up_to':
      return diff > 0 ? undefined : rounds ? 'rounded' : 'within qualifier';
    case 'about':
      return rounds ? 'rounded' : 'within qualifier';
    default:
      return rounds ? 'rounded' : undefined;
  }
}
