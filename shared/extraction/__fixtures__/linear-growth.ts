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
/**
 * A smaller size done faster than this is grown (by GROWTH at a go, up to MAX_GROWTH times) before it is judged: a
 * few milliseconds and the slack over them are noise under load (9 ms against 81 once, for work that triples).
 */
const MIN_BASE_MS = 30;
const GROWTH = 4;
const MAX_GROWTH = 16;
/** A pair that took this long is not noise: measured once, it fails without waiting for more. */
const HOPELESS_MS = 15_000;

/** Whether tripling the input no more than about tripled the time. */
export const grewLinearly = (times: Scaling): boolean => times.scaled <= GROWTH_LIMIT * times.base + SLACK_MS;

export const describeScaling = (times: Scaling): string => `${times.scaled.toFixed(0)} ms against ${times.base.toFixed(0)} ms`;

/**
 * Milliseconds for the work `prepare(size)` returns, at `size` (grown while it is done in less than MIN_BASE_MS) and
 * at SCALE times it, each the fastest of up to a few runs (fewer once the pair grew linearly). Preparing (building the
 * input) is not timed.
 */
export function scaledTimes(prepare: (size: number) => () => unknown, size: number): Scaling {
  const base = longEnough(prepare, size);
  const scaled = prepare(SCALE * base.size);
  let times: Scaling = { base: Infinity, scaled: Infinity };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    times = { base: Math.min(times.base, millisecondsFor(base.work)), scaled: Math.min(times.scaled, millisecondsFor(scaled)) };
    if (grewLinearly(times) || times.base + times.scaled > HOPELESS_MS) break;
  }
  return times;
}

/** The work at `size`, or at a size grown until the work takes MIN_BASE_MS (its compiling run untimed). */
function longEnough(prepare: (size: number) => () => unknown, size: number): { work: () => unknown; size: number } {
  let work = prepare(size);
  // untimed first run: compiling the work would otherwise count against the smaller size only, and
  // make work that quadruples look linear (397 ms against 1,030 ms for 16,000 and 32,000 squared)
  work();
  for (let growth = 1; growth < MAX_GROWTH && millisecondsFor(work) < MIN_BASE_MS; growth *= GROWTH) {
    size *= GROWTH;
    work = prepare(size);
  }
  return { work, size };
}

function millisecondsFor(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}
