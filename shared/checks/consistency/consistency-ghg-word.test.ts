import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bakery chain's report: its emissions said per shop in words, and its key figures restating them under `GHG`
const report = (said: string) =>
  [
    '2.3 Carbon',
    '',
    `Our Scope 1 and 2 emissions were 2,106 tCO2e across our 84 shops. Emissions per shop were ${said} tCO2e.`,
    '',
    'Key figures                        Unit          2024       2023',
    'Shops                              number          84         79',
    'Total GHG emissions                tCO2e        2,106      2,212',
    'GHG per shop                       tCO2e         25.1       28.0',
    '',
  ].join('\n');

const sameMetric = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.rule === 'consistency.same-metric')
    .map((c) => [c.holds, c.figures.map((f) => f.value).sort((a, b) => a - b)]);

// `GHG` and `emissions` name one quantity whether said together or alone: a row of `GHG per shop` restates `Emissions per shop`
describe('a row named by `GHG` alone restates the text`s emissions named without it', () => {
  it('flags the text’s 26.3 tCO2e per shop against the key figures’ GHG per shop 25.1', () => {
    expect(sameMetric(report('26.3'))).toContainEqual([false, [25.1, 26.3]]);
  });

  it('holds the same figure said alike', () => {
    expect(sameMetric(report('25.1'))).toContainEqual([true, [25.1, 25.1]]);
  });
});
