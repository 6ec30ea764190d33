import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe("a total row named by its caption's measure, its word for how much left unsaid", () => {
  // `We exported` names `Export volumes`; the caption stands on the block's first line, above its header of years
  const report = (said: string) =>
    `LETTER FROM THE CEO\n\nWe exported ${said} tonnes of cocoa beans, up 5.4% on 2022, despite a difficult season in the west.\n\n` +
    `Table 2  Export volumes by destination                           (tonnes)\n                                      2023          2022     Change (%)\nEurope                              38,240        36,120           +5.9\nAsia                                29,870        28,510           +4.8\nTotal                               68,110        64,630           +5.4\n`;

  it('checks the rate from the Total row of the year before', () => {
    expect(changes(report('68,110'))).toMatchObject([{ holds: true, figures: [{ value: 64_630 }, { value: 68_110 }, { value: 5.4 }] }]);
  });

  it('finds a slipped figure whose rate then does not follow', () => {
    // 61,810 for 68,110: 64,630 -> 61,810 is a fall of 4.4%, not a rise of 5.4%
    expect(changes(report('61,810'))).toMatchObject([{ holds: false, figures: [{ value: 64_630 }, { value: 61_810 }, { value: 5.4 }] }]);
  });
});
