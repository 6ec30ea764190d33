import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a rate said with its own old value (`fell 5.7% to 47,000 tCO2e from 49,840 tCO2e`) that holds on it, beside a table whose
// year before's cell slipped (a restated row's Total left as it was): the cell disagrees with the text's old value, and
// the rate, right on its own base, is no mismatch against the slipped cell
const report = (caption: string) =>
  [
    'Total emissions fell 5.7% to 47,000 tCO2e from 49,840 tCO2e in 2023. Scope 1 was 9,000 tCO2e and Scope 2 3,000 tCO2e.',
    '',
    `Table 4: ${caption} (tCO2e)`,
    '',
    'Scope                        2024        2023    Change (%)',
    'Scope 1                     9,000       9,400          -4.3',
    'Scope 2                     3,000       3,600         -16.7',
    'Scope 3                    35,000      36,840          -5.0',
    'Total                      47,000      50,140          -6.3',
    '',
    'Indicator                   Unit          2024        2023',
    'GHG emissions               tCO2e       47,000      49,840',
    '',
  ].join('\n');
const failing = (text: string) =>
  [...checksOf('change', text), ...checksOf('consistency', text)].filter((c) => !c.holds).map((c) => [c.rule, c.figures.map((f) => f.value)]);

describe('a rate right on its sentence\'s own old value, beside a year before\'s cell that slipped', () => {
  it('sets the cell against the text\'s old value, and reads no mismatch of the rate', () => {
    expect(failing(report('Total emissions'))).toEqual([['consistency.change-base', [50_140, 49_840]]]);
  });

  it('so too under a caption of greenhouse gas emissions, the key figures\' GHG emissions', () => {
    expect(failing(report('Greenhouse gas emissions'))).toContainEqual(['consistency.change-base', [50_140, 49_840]]);
  });
});
