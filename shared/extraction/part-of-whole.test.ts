import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('a part counted against a whole on the next line of wrapped prose', () => {
  it('is a figure as on one line (`and 3 of⏎the 11 directors`)', () => {
    const oneLine = 'Independent directors make up 36.4% of the Board, and 3 of the 11 directors (27.3%) are women.';
    const wrapped = 'Independent directors make up 36.4% of the Board, and 3 of\nthe 11 directors (27.3%) are women.';
    expect(values(wrapped)).toEqual([36.4, 3, 11, 27.3]);
    expect(values(wrapped)).toEqual(values(oneLine));
  });
  it('but not across a blank line, nor without a whole after it', () => {
    expect(values('and 3 of\n\nthe 11 directors are women.')).not.toContain(3);
    expect(values('and 3 of\nthe directors are women.')).not.toContain(3);
  });
});
