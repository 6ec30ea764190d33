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

describe('`Scope 1 fell N% from OLD`: a subject that names a scope by its number, the sentence before stating several scopes', () => {
  // a brewer's climate section: the scope's own figure and the two scopes' total both lie within reach of the old value
  const brewer = (rate: string) => `Climate
Our Scope 1 and 2 emissions totalled 12,480 tCO2e; Scope 1 emissions, from kilns and boilers, were 8,130 tCO2e. Scope 1 fell ${rate}% from 8,570 tCO2e as two kilns moved to biogas.
`;

  it('recomputes the rate over the figure of the subject\'s scope, not the scopes\' total', () => {
    expect(changes(brewer('5.1'))).toEqual([[true, [8570, 8130, 5.1]]]);
    expect(changes(brewer('5.4'))).toEqual([[false, [8570, 8130, 5.4]]]);
  });

  // a cement maker's report: the scope named with its method, then its change said of the scope alone
  const cement = (rate: string) => `Emissions
Direct Scope 1 emissions were 41,200 tCO2e and location-based Scope 2 emissions 30,650 tCO2e, a total of 71,850 tCO2e. Scope 2 rose ${rate}% from 28,900 tCO2e with the new grinding line.
`;

  it('reads `Scope 2 rose` against the Scope 2 figure when Scope 1 and the total are also within reach', () => {
    expect(changes(cement('6.1'))).toEqual([[true, [28_900, 30_650, 6.1]]]);
    expect(changes(cement('16.1'))).toEqual([[false, [28_900, 30_650, 16.1]]]);
  });
});
