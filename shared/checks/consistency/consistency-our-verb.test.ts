import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string) =>
  [
    'Letter from the Chief Executive',
    '',
    letter,
    '',
    'Fuel prices stayed high through the winter, and two of our older vessels spent longer in dry dock than we had planned.',
    'Even so, punctuality held up well, and our customers told us that the new booking system made their journeys simpler.',
    'We thank our seafarers, our shore teams and the communities of the islands we serve for their patience and their support.',
    '',
    '2023 at a glance',
    '  * Vehicles shipped: 412.6 thousand (2022: 398.4 thousand)',
    '  * Crossings completed: 18,240',
    '  * Ports served: 14',
  ].join('\n');

describe('a figure the report says it did itself (`we shipped 421.6 thousand vehicles`) against the label its verb and noun name', () => {
  it('is flagged when the letter restates the highlight otherwise', () => {
    const text = report('The year tested our crews, and we shipped 421.6 thousand vehicles.');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 421_600 }, { value: 412_600 }] }]);
  });

  it('reads a bound between the verb and the figure, over a line break (`we completed more than⏎18,500 crossings`)', () => {
    const text = report('The year tested our crews: we completed more than\n18,500 crossings.');
    expect(mismatches(text)).toMatchObject([{ figures: [{ value: 18_500 }, { value: 18_240 }] }]);
  });

  it('holds when the letter agrees with the highlight', () => {
    expect(mismatches(report('The year tested our crews, and we shipped 412.6 thousand vehicles.'))).toEqual([]);
  });

  it('leaves a figure of another subject than `we` alone (`the new terminal shipped 418.2 thousand vehicles`)', () => {
    expect(mismatches(report('The year tested our crews, and the new terminal shipped 418.2 thousand vehicles.'))).toEqual([]);
  });
});
