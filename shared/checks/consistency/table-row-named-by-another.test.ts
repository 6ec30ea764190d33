import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a sentence of several figures naming a key-figures row', () => {
  it('sets against the row only the figure its own words name it by (`so total water use was 7,360 ML`), not a part before it', () => {
    const text =
      'In 2024 our mills drew 1,120 ML from rivers and bore water of 6,240 ML, so total water use was 7,360 ML, 2.0% lower than the 7,510 ML of 2023.\n\n' +
      'Key figures\n' +
      'Indicator                  Unit        2024       2023\n' +
      'Total water use            ML         6,950      7,510\n';
    const flagged = checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));
    expect(flagged.some((values) => values.includes(6_240))).toBe(false);
    expect(flagged.some((values) => values.includes(7_360) && values.includes(6_950))).toBe(true);
  });
});
