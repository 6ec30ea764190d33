import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const strip = (t: string) => extractFigures(t).map((f) => [f.value, f.unit, f.qualifier]);

describe('a hyphen ending a line inside a counted noun (en-noun-tokens.ts)', () => {
  it('stays where the text writes the compound with it elsewhere (micro-⏎sized as micro-sized)', () => {
    const text = 'We lend to small and micro-sized businesses.\nGuarantees will cover 10 million small and micro-\nsized businesses in 2020.';
    expect(strip(text)).toEqual([[1e7, 'small and micro-sized businesses', 'exact']]);
  });
  it('joins a word a PDF broke, which the text never writes with the hyphen (barri-⏎er-free)', () => {
    expect(strip('We fitted 12 barri-\ner-free toilets.')).toEqual([[12, 'barrier-free toilets', 'exact']]);
  });
});
