import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

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

describe('`…; they rose N% from OLD`: a pronoun for the subject of the sentence before', () => {
  const text = (verb: string, rate = '3.6') => `Fleet
Diesel use by our trucks was 4.31 ML, 61.2% of the fuel we bought; it ${verb} ${rate}% from 4.16 ML as two new depots opened.
`;

  it('takes the one figure of the sentence before in the old value’s unit for the new value', () => {
    expect(changes(text('rose'))).toEqual([[true, [4.16, 4.31, 3.6]]]);
    // the levels rose while the verb says a fall: the direction turned
    expect(changes(text('fell'))).toEqual([[false, [4.16, 4.31, 3.6]]]);
  });

  it('pairs nothing when the sentence before has two such figures', () => {
    const two = `Fleet
Diesel use was 4.31 ML and petrol use 4.02 ML; it rose 3.6% from 4.16 ML as two new depots opened.
`;
    expect(changes(two)).toEqual([]);
  });
});
