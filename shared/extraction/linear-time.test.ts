import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { ADVERSARIAL_TOKENS, ADVERSARIAL_UNITS, repeatTo } from './__fixtures__/adversarial-text';

// Extraction must be linear in its text: doubling the text may no more than about double the time.
// A quadratic scan quadruples it. The machine is shared and noisy, so a pair of timings that looks
// too slow is measured again before it counts: noise does not repeat, a quadratic scan does.

const GROWTH_LIMIT = 3.5;
/** Added to the limit so that texts read in a few milliseconds are not judged on timer noise. */
const SLACK_MS = 25;
const ATTEMPTS = 3;
/** A pair that took this long is not noise: measured once, the test fails without waiting for more. */
const HOPELESS_MS = 15_000;

function millisecondsToExtract(text: string): number {
  const started = performance.now();
  extractFigures(text);
  return performance.now() - started;
}

/** Times for `unit` repeated to `chars` and to twice that; the first pair within the limit, else the last. */
function doublingTimes(unit: string, chars: number): { single: number; double: number } {
  const single = repeatTo(unit, chars);
  const double = repeatTo(unit, 2 * chars);
  millisecondsToExtract(single.slice(0, 4096)); // warm the code paths this unit takes
  let times = { single: 0, double: 0 };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    times = { single: millisecondsToExtract(single), double: millisecondsToExtract(double) };
    if (withinLimit(times) || times.single + times.double > HOPELESS_MS) break;
  }
  return times;
}

const withinLimit = (t: { single: number; double: number }): boolean => t.double <= GROWTH_LIMIT * t.single + SLACK_MS;

describe('extraction time grows linearly with the text', () => {
  for (const { name, unit } of ADVERSARIAL_UNITS) {
    it(`${name}: 512 KB takes no more than about twice 256 KB`, () => {
      const times = doublingTimes(unit, 256 * 1024);
      expect(times, `${times.double.toFixed(0)} ms against ${times.single.toFixed(0)} ms`).toSatisfy(withinLimit);
    });
  }

  it('for text repeating any short mix of markup, separators, numerals and words', () => {
    const unit = fc.array(fc.constantFrom(...ADVERSARIAL_TOKENS), { minLength: 1, maxLength: 6 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(unit, (u) => {
        const times = doublingTimes(u, 64 * 1024);
        expect(times, `${JSON.stringify(u)}: ${times.double.toFixed(0)} ms against ${times.single.toFixed(0)} ms`).toSatisfy(withinLimit);
      }),
      { numRuns: 15 },
    );
  });
});

describe('extraction on hostile text', () => {
  it('never throws, whatever the mix', () => {
    const unit = fc.array(fc.constantFrom(...ADVERSARIAL_TOKENS), { minLength: 1, maxLength: 8 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(unit, fc.integer({ min: 1, max: 20_000 }), (u, chars) => {
        const text = repeatTo(u, chars);
        for (const f of extractFigures(text)) expect(f.text).toBe(text.slice(f.start, f.end));
      }),
      { numRuns: 50 },
    );
  });

  it('reads a numeral run far longer than any number without running out of stack', () => {
    expect(() => extractFigures('一亿'.repeat(200_000))).not.toThrow();
    expect(() => extractFigures('二分之'.repeat(200_000))).not.toThrow();
  });
});
