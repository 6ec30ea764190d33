import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bus operator's energy section: heating oil and its biofuel part said in one sentence, and again as a table row with
// an `of which` row under it; the part is a tenth of its whole, which reads like the whole's scale slipped
const report = (sentence: string) =>
  [
    '2.1 Energy',
    '',
    `${sentence} Depot electricity rose 2.4% to 9,840 GJ.`,
    '',
    'Table 2: Energy use by source (GJ)',
    'Source                                2024       2023     Change %',
    'Heating oil                        158,200    161,600        -2.1',
    '  of which bio-heating oil          15,820      9,200       +72.0',
    'Depot electricity                    9,840      9,610        +2.4',
    'Note: bio-heating oil is included in heating oil.',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a whole and its part said in one sentence, a tenth apart', () => {
  it('are no scale slip of each other (the sentence says both values)', () => {
    expect(slips(report('Heating oil came to 158,200 GJ, down 2.1%, including bio-heating oil 15,820 GJ.'))).toEqual([]);
  });

  it('a whole said ten times its row is still flagged against the row', () => {
    expect(slips(report('Heating oil came to 1,582,000 GJ, down 2.1%.'))).toMatchObject([{ figures: [{ value: 1_582_000 }, { value: 158_200 }] }]);
  });
});
