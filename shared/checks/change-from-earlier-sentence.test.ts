import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.from-earlier-sentence').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('`Water use fell N% from OLD`, its new value said in the sentence before', () => {
  const text = (rate: string, old = '2.41 GL') => `Operations
Potable water use at our sites was 2.26 GL, of which 0.84 GL was drawn from bores and 1.42 GL from town mains. Water use fell ${rate}% from ${old} in FY2023, helped by the new recycling plant at Kurrajong.
`;

  it('recomputes the rate from the old value to the figure the sentence before names by the same words', () => {
    expect(changes(text('6.2'))).toEqual([[true, [2.41, 2.26, 6.2]]]);
    expect(changes(text('4.2'))).toEqual([[false, [2.41, 2.26, 4.2]]]);
  });

  it('pairs nothing when no figure of the sentence before is said of the metric, or the old value is far off', () => {
    expect(changes(text('6.2', '2.41 GWh'))).toEqual([]);
    expect(changes(text('6.2', '24.1 GL'))).toEqual([]);
    const unnamed = `Operations
Potable supply at our sites was 2.26 GL, of which 0.84 GL was drawn from bores. Water use fell 6.2% from 2.41 GL in FY2023.
`;
    expect(changes(unnamed)).toEqual([]);
  });
});
