import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a parcel carrier's report: the chair's letter says the distance its vans went by a verb of travel, the key figures by a row
const report = (letter: string) =>
  [
    'Chair\'s statement',
    '',
    `Our vans drove ${letter}, and parcel numbers recovered well on every route.`,
    '',
    'Key figures',
    'Indicator                      Unit               2024        2023',
    'Van distance                   thousand km       3,180       3,045',
    'Parcels delivered              thousand          8,914       8,377',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a distance said by a verb of travel (`our vans drove 31.8 million kilometres`) with its scale slipped against its row', () => {
  it('is read against the row naming the distance, a power of ten apart', () => {
    expect(slips(report('31.8 million kilometres')).map((c) => [c.rule, c.figures.map((f) => f.value)])).toEqual([['consistency.scale-slip', [31.8e6, 3_180e3]]]);
  });

  it('holds the distance at its scale', () => {
    expect(slips(report('3.18 million kilometres'))).toEqual([]);
  });
});
