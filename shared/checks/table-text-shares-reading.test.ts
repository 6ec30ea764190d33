import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE);

describe('shares of a text total read from its table', () => {
  it('adds the rows above a row `or above` names when its table runs from the highest down', () => {
    const text = `The Group had 8,420 employees at 31 March 2024. 3,072 employees hold a master's degree or above (36.5%).

Table 6  Employees by highest qualification
Qualification              Employees       Share (%)
PhD                               214           2.5
Master's                        2,858          33.9
Bachelor's                      3,964          47.1
Diploma and below               1,384          16.4
Total                           8,420         100.0
`;
    expect(ofRule(text).map((c) => c.message)).toEqual(['✓ (214 + 2,858) / 8,420 = 36.5 %']);
  });

  it('leaves a share to the amount of another measure its sentence states before it', () => {
    const text = `We manage 18,640 homes across the region.

Table 2  Homes by tenure
                                2023/24
Social rent                      11,920
Affordable rent                   4,260
Shared ownership                  2,460
Total                            18,640

Rental income rose 6.8% to £142.4m in the year, with social rent homes contributing 61.4%.
`;
    expect(ofRule(text)).toEqual([]);
  });
});
