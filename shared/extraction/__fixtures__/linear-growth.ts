// Whether work grows linearly: time it on an input and on one twice as large. Linear work about
// doubles; quadratic work quadruples. The machines this runs on are shared and noisy, so a pair
// that looks too slow is measured again, and each size is judged by its fastest run: load only
// ever adds time, while a quadratic scan costs its four times on every run.

export interface Doubling {
  single: number;
  double: number;
}

const GROWTH_LIMIT = 3.5;
/** Added to the limit so that work done in a few milliseconds is not judged on timer noise. */
const SLACK_MS = 25;
const ATTEMPTS = 5;
/** A pair that took this long is not noise: measured once, it fails without waiting for more. */
const HOPELESS_MS = 15_000;

/** Whether doubling the input no more than about doubled the time. */
export const grewLinearly = (times: Doubling): boolean => times.double <= GROWTH_LIMIT * times.single + SLACK_MS;

export const describeDoubling = (times: Doubling): string => `${times.double.toFixed(0)} ms against ${times.single.toFixed(0)} ms`;

/**
 * Milliseconds for the work `prepare(size)` returns, at `size` and at twice it, each the fastest of
 * up to a few runs (fewer once the pair grew linearly). Preparing (building the input) is not timed.
 */
export function doublingTimes(prepare: (size: number) => () => unknown, size: number): Doubling {
  const single = prepare(size);
  const double = prepare(2 * size);
  // untimed first run: compiling the work would otherwise count against the smaller size only, and
  // make work that quadruples look linear (397 ms against 1,030 ms for 16,000 and 32,000 squared)
  single();
  let times: Doubling = { single: Infinity, double: Infinity };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    times = { single: Math.min(times.single, millisecondsFor(single)), double: Math.min(times.double, millisecondsFor(double)) };
    if (grewLinearly(times) || times.single + times.double > HOPELESS_MS) break;
  }
  return times;
}

function millisecondsFor(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
