import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (ireland: string, caption = 'Colleagues by country') =>
  [
    '3. Our people',
    '',
    `We employ 112,400 colleagues. Our ${ireland} colleagues in Ireland work in 148 stores and two distribution centres.`,
    '',
    `${caption}                 2023        2022`,
    '(thousands)',
    'United Kingdom                         103.2        99.6',
    'Ireland                                  6.8         6.4',
    'Poland                                   2.4         2.2',
    'Total                                  112.4       108.2',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a head count\'s row labelled by a place alone (`Ireland   6.8` under `Colleagues by country`)', () => {
  it('is restated by a text count of people there, and is flagged when it disagrees (8,600 against 6.8 thousand)', () => {
    expect(mismatches(report('8,600'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 8_600 }, { value: 6_800 }] }]);
  });

  it('holds when it agrees, and a table of something else by country restates no people', () => {
    expect(mismatches(report('6,800'))).toEqual([]);
    expect(mismatches(report('8,600', 'Stores by country'))).toEqual([]);
  });
});
