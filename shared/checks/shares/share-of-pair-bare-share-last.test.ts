import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.rule, c.figures.map((f) => f.value)]);

describe('`A of the B …, S%.`: a bare share ending the sentence of a pair', () => {
  // a hospital group: its consultants by specialty in a table, then women among the surgeons
  const text = (share: string) => `4. Our people

Table 6: Consultants by specialty (persons)

Specialty                2024      Share (%)      2023
Medicine                  418           46.4       402
Surgery                   296           32.9       288
Other                     186           20.7       179
Total                     900          100.0       869

We employed 900 consultants at the end of 2024. Women hold 84 of the 296 surgery posts, ${share}.
`;

  it('reads the share as the pair\'s part over its whole, not as the row\'s share of the table\'s total', () => {
    expect(shares(text('9.3%'))).toContainEqual([false, 'ratio.share-of-pair-before', [84, 296, 9.3]]);
    expect(shares(text('9.3%')).filter(([holds]) => !holds)).toHaveLength(1);
    expect(shares(text('28.4%')).filter(([holds]) => !holds)).toEqual([]);
  });

  it('leaves a share the sentence goes on about', () => {
    expect(shares(text('9.3% more than in 2023')).filter(([, rule]) => rule === 'ratio.share-of-pair-before')).toEqual([]);
  });
});
