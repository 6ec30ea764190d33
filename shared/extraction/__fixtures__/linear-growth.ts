// Whether work grows linearly: time it on an input and on one three times as large. Linear work
// about triples; quadratic work grows ninefold. Tripling rather than doubling leaves both a wide
// margin from the limit between them (doubled, quadratic work's four times stood only 14 % above a
// limit of 3.5, and one slow run of the smaller size under load was enough to hide it). The
// machines this runs on are shared and noisy, so a pair that looks too slow is measured again, and
// each size is judged by its fastest run: load only ever adds time, while a quadratic scan costs
// its nine times on every run.

export interface Scaling {
  base: number;
  scaled: number;
}

/** How many times larger the second input is than the first. */
export const SCALE = 3;
/** Between linear growth (3) and quadratic growth (9), a factor of 1.73 from each. */
const GROWTH_LIMIT = Math.sqrt(SCALE * SCALE * SCALE);
/** Added to the limit so that work done in a few milliseconds is not judged on timer noise. */
const SLACK_MS = 25;
const ATTEMPTS = 5;
/** A pair that took this long is not noise: measured once, it fails without waiting for more. */
const HOPELESS_MS = 15_000;

/** Whether tripling the input no more than about tripled the time. */
export const grewLinearly = (times: Scaling): boolean => times.scaled <= GROWTH_LIMIT * times.base + SLACK_MS;

export const describeScaling = (times: Scaling): string => `${times.scaled.toFixed(0)} ms against ${times.base.toFixed(0)} ms`;

/**
 * Milliseconds for the work `prepare(size)` returns, at `size` and at SCALE times it, each the
 * fastest of up to a few runs (fewer once the pair grew linearly). Preparing (building the input)
 * is not timed.
 */
export function scaledTimes(prepare: (size: number) => () => unknown, size: number): Scaling {
  const base = prepare(size);
  const scaled = prepare(SCALE * size);
  // untimed first run: compiling the work would otherwise count against the smaller size only, and
  // make work that quadruples look linear (397 ms against 1,030 ms for 16,000 and 32,000 squared)
  base();
  let times: Scaling = { base: Infinity, scaled: Infinity };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    times = { base: Math.min(times.base, millisecondsFor(base)), scaled: Math.min(times.scaled, millisecondsFor(scaled)) };
    if (grewLinearly(times) || times.base + times.scaled > HOPELESS_MS) break;
  }
  return times;
}

function millisecondsFor(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
