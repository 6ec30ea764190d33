import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a share of a named GHG scope', () => {
  const en = (share: string) =>
    'Table 5: Emissions (thousand tCO2e)\n\nScope                                   2024        2023\nScope 1                                  38.4        41.0\nof which refrigerant leakage              6.2         7.1\nScope 2                                 412.6       398.2\nTotal Scope 1 and 2                     451.0       439.2\n\n' +
    `Scope 1 and 2 emissions were 451.0 thousand tCO2e, 2.7% above 2023. Refrigerant leakage of 6.2 thousand tCO2e made up ${share}% of Scope 1.\n`;
  const zh = (share: string) =>
    '表5：温室气体排放（万吨二氧化碳当量）\n\n范围                               2024年        2023年\n范围一                             38.4          41.0\n其中：制冷剂逸散                    6.2           7.1\n范围二                            412.6         398.2\n合计                              451.0         439.2\n\n' +
    `2024年，数据中心范围一及范围二排放合计451.0万吨二氧化碳当量，同比上升2.7%。制冷剂逸散6.2万吨，占范围一排放的${share}%。\n`;

  it('is over that scope alone (`of Scope 1`: the Scope 1 row), not the Scope 1 and 2 total', () => {
    expect(shareOf(en('16.1'), 16.1)).toEqual([[true, [6.2e3, 38.4e3, 16.1]]]);
    expect(shareOf(en('18.1'), 18.1)).toEqual([[false, [6.2e3, 38.4e3, 18.1]]]);
  });

  it('reads `占范围一排放的N%` over the 范围一 row, not `范围一及范围二排放合计`', () => {
    expect(shareOf(zh('16.1'), 16.1)).toEqual([[true, [6.2e4, 38.4e4, 16.1]]]);
    expect(shareOf(zh('18.1'), 18.1)).toEqual([[false, [6.2e4, 38.4e4, 18.1]]]);
  });
});
