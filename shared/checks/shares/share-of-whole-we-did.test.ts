import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.rule, c.figures.map((f) => f.value)]);

describe('a share whose whole is a measure the report says it did itself', () => {
  it('is taken over the figure its verb and object name (`of the coffee we roasted`), not over a larger subtotal before it', () => {
    const text =
      'We roasted 12,600 tonnes of coffee in 2024, 4.1% more than the 12,100 tonnes of 2023. Certified coffee (Fairtrade, Rainforest Alliance and organic) came to 9,830 tonnes and made up 78.0% of the coffee we roasted. ' +
      'Fairtrade coffee alone amounted to 5,290 tonnes, 53.8% of the coffee we roasted.';
    const found = shares(text).find(([, , values]) => (values as number[]).includes(53.8));
    expect(found).toEqual([false, 'ratio.share-of-named-whole', [5_290, 12_600, 53.8]]);
    const certified = shares(text).find(([, , values]) => (values as number[]).includes(78));
    expect(certified).toEqual([true, 'ratio.share-of-named-whole', [9_830, 12_600, 78]]);
  });
});
