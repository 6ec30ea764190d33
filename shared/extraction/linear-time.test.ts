import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { ADVERSARIAL_TOKENS, ADVERSARIAL_UNITS, repeatTo } from './__fixtures__/adversarial-text';
import { describeScaling, scaledTimes, grewLinearly } from './__fixtures__/linear-growth';

// Extraction must be linear in its text: tripling the text may no more than about triple the time.

/** Extraction of `unit` repeated to a given length, warmed up on a short piece first. */
function extractionOf(unit: string): (chars: number) => () => unknown {
  extractFigures(repeatTo(unit, 4096));
  return (chars) => {
    const text = repeatTo(unit, chars);
    return () => extractFigures(text);
  };
}

const unitOfTokens = (maxLength: number) =>
  fc.array(fc.constantFrom(...ADVERSARIAL_TOKENS), { minLength: 1, maxLength }).map((tokens) => tokens.join(''));

describe('extraction time grows linearly with the text', () => {
  for (const { name, unit } of ADVERSARIAL_UNITS) {
    it(`${name}: 768 KB takes no more than about three times 256 KB`, () => {
      const times = scaledTimes(extractionOf(unit), 256 * 1024);
      expect(times, describeScaling(times)).toSatisfy(grewLinearly);
    });
  }

  it('for numbers after a product sign on one long line (`亿*亿*…`: no slice back to the line start for each)', () => {
    const times = scaledTimes(extractionOf('亿*'), 64 * 1024);
    expect(times, describeScaling(times)).toSatisfy(grewLinearly);
  });

  it('for text repeating any short mix of markup, separators, numerals and words', () => {
    fc.assert(
      fc.property(unitOfTokens(6), (unit) => {
        const times = scaledTimes(extractionOf(unit), 64 * 1024);
        expect(times, `${JSON.stringify(unit)}: ${describeScaling(times)}`).toSatisfy(grewLinearly);
      }),
      { numRuns: 15 },
    );
  });
});

describe('extraction on hostile text', () => {
  it('never throws, whatever the mix', () => {
    fc.assert(
      fc.property(unitOfTokens(8), fc.integer({ min: 1, max: 20_000 }), (unit, chars) => {
        const text = repeatTo(unit, chars);
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
