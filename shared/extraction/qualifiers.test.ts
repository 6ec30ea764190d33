import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

describe('a qualifier after the number', () => {
  it('reads a hyphenated plus as over (3,000-plus village stores)', () => {
    expect(extractFigures('and 3,000-plus village stores were upgraded').map((f) => [f.value, f.qualifier])).toEqual([[3000, 'over']]);
    expect(extractFigures('200 plus 300').map((f) => f.qualifier)).toContain('exact');
  });
});
