import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tree charity's review bounds a count by a verb whose participle its key row says otherwise (`grew`, the row `Saplings grown`;
// `gave`, the row `Parcels given`)
const report = (review: string) =>
  [
    'Review of the year',
    '',
    `Volunteers joined us from eleven towns. ${review}. The season ended early after a dry spring.`,
    '',
    'Key figures',
    '',
    'Measure                   Unit          2024        2023',
    'Saplings grown            number      31,460      28,120',
    'Saplings planted          number      29,870      27,300',
    'Parcels given             number       6,120       5,480',
  ].join('\n');

const slips = (review: string) => checksOf('consistency', report(review)).filter((c) => !c.holds);

describe('a bound said by a verb whose participle a row says otherwise (`we grew nearly 30,000 saplings`, the row `Saplings grown`)', () => {
  it('turned against that row, it is a slip', () => {
    const grown = slips('Our two nurseries grew nearly 30,000 saplings');
    expect(grown).toHaveLength(1);
    expect(grown[0]!.message).toContain('31,460');
    const given = slips('Our food hub gave nearly 6,000 parcels');
    expect(given).toHaveLength(1);
    expect(given[0]!.message).toContain('6,120');
  });

  it('bounding its own row right, it is none', () => {
    expect(slips('Our two nurseries grew more than 30,000 saplings')).toEqual([]);
    expect(slips('Our food hub gave more than 6,000 parcels')).toEqual([]);
  });
});
