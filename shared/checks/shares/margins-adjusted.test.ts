import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const margins = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const highlights = (margin: string) => `2023 highlights
Revenue                          £2,486.3m      up 6.4%
Adjusted operating profit          £312.8m      up 9.1%
Adjusted operating margin            ${margin}%      up 0.3pp
`;

describe('an adjusted operating margin on a highlights page', () => {
  it('is the adjusted operating profit over revenue', () => {
    expect(margins(highlights('12.6'))).toContainEqual([true, [312.8e6, 2_486.3e6, 12.6]]);
    expect(margins(highlights('13.6'))).toContainEqual([false, [312.8e6, 2_486.3e6, 13.6]]);
  });
});
