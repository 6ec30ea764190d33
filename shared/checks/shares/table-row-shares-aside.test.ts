import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share whose part is named in an aside at its sentence\'s start', () => {
  const text = (share: string) => `Our value chain remains the largest source. Category 11, use of sold products, alone made up ${share}% of Scope 3.

Table 4: Scope 3 emissions by category (tCO2e)
                                                2022            2023
1 Purchased goods and services               612,400         598,200
4 Upstream transportation and distribution    84,600          79,300
11 Use of sold products                     1,702,800       1,648,900
12 End-of-life treatment of sold products     88,100          86,200
Total Scope 3 emissions                     2,487,900       2,412,600
`;

  it('takes the row the aside names over the row of the whole', () => {
    expect(checksOf('ratio', text('68.3'))).toContainEqual(expect.objectContaining({ holds: true, rule: 'ratio.share-of-table-rows', stated: 68.3 }));
    expect(checksOf('ratio', text('63.8'))).toContainEqual(expect.objectContaining({ holds: false, rule: 'ratio.share-of-table-rows', stated: 63.8 }));
  });
});
