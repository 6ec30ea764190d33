import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const points = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.percentage-points-against-table').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// a share, the whole it is of with no bracket, then its own points with no year named
const text = (pp: string) => `Our managers numbered 412 at the end of 2024, and 129 of them were women, 31.3% of all managers, down ${pp} percentage points.

Table 4: People

Indicator                         Unit          2024        2023
Managers                          number         412         398
Women in management               % of managers  31.3        32.2
`;

describe('a share’s own points after the whole it is of (`31.3% of all managers, down 0.9 percentage points`)', () => {
  it('takes the year before from the table row the share restates', () => {
    expect(points(text('0.9'))).toEqual([[true, [32.2, 31.3, 0.9]]]);
  });

  it('finds points that disagree with the row', () => {
    expect(points(text('1.9'))).toEqual([[false, [32.2, 31.3, 1.9]]]);
  });
});
