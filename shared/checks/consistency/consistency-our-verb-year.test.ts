import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a winery's and a chocolate maker's sections: `we <verb> N tonnes of <one word> in 2024`, and the key figures row naming the
// same thing and verb (`Grapes harvested  tonnes`): the year said in the sentence leaves the metric one word, which the verb completes
const report = (sentence: string, label: string, row: string) =>
  [
    '2.3 Sourcing',
    '',
    `${sentence} Most of it came from growers within 40 km of our site, under contracts of three years or more.`,
    '',
    'Key figures',
    'Indicator                     Unit          2024        2023',
    `${label.padEnd(30)}tonnes      ${row}      17,960`,
    'Employees                     people         412         398',
    '',
  ].join('\n');

const differ = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.same-metric' && !c.holds).map((c) => c.figures.map((f) => f.value));

describe('a figure the report says it did itself in a year (`We harvested 18,420 tonnes of grapes in 2024`)', () => {
  it('restates the key figures row of its thing and verb: digits swapped there are flagged', () => {
    expect(differ(report('We harvested 18,420 tonnes of grapes in 2024.', 'Grapes harvested', '18,240'))).toEqual([[18_420, 18_240]]);
  });

  it('holds when the row agrees', () => {
    expect(differ(report('We harvested 18,420 tonnes of grapes in 2024.', 'Grapes harvested', '18,420'))).toEqual([]);
  });

  it('reads `bought` as the verb of what the report did (`Cocoa bought`)', () => {
    expect(differ(report('We bought 18,420 tonnes of cocoa in 2024.', 'Cocoa bought', '18,240'))).toEqual([[18_420, 18_240]]);
  });
});
