import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.share-of-table-rows';
const said = (c: { holds: boolean; figures: Array<{ value: number }> }) => [c.holds, c.figures.map((f) => f.value)];
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map(said);

describe('a share of one table row over another, each named by words', () => {
  const sites = (share: string) => `Mt Carrow's emissions fell 4.1% and it accounts for ${share}% of Scope 1 emissions.

Table 3: Operational greenhouse gas emissions (kt CO2-e)
Site                          FY2021     FY2022     FY2023
Mt Carrow (iron ore)           621.4      598.6      574.2
Yilgarn Nickel                 386.2      402.8      391.6
Scope 1 total                1,247.2    1,257.8    1,228.6
Scope 2 (location-based)       342.8      318.4      286.2
Scope 1 and 2 total          1,590.0    1,576.2    1,514.8
`;

  it('takes `it` for the sentence`s subject and `Scope 1 emissions` for the `Scope 1 total` row', () => {
    expect(ofRule(sites('46.7'))).toEqual([[true, [574.2, 1_228.6, 46.7]]]);
    expect(ofRule(sites('47.6'))).toEqual([[false, [574.2, 1_228.6, 47.6]]]);
  });

  const categories = (eleven: string) => `E1-6 Gross Scopes 1, 2, 3 and Total GHG emissions (tCO2e)
                                                         2019 (base year)          2022          2023    % N / N-1
Gross Scope 1 GHG emissions                                      412,600       356,800       338,400       -5.2%
  1 Purchased goods and services                              14,286,400    13,864,200    13,412,800       -3.3%
  4 Upstream transportation and distribution                     702,600       642,100       618,400       -3.7%
  11 Use of sold products                                      1,312,400     1,248,600     1,186,300       -5.0%
Total Gross indirect (Scope 3) GHG emissions                  16,843,000    16,254,200    15,698,400       -3.4%

Purchased goods and services (category 1) alone account for 85.4% of Scope 3, followed by use of sold products
(category 11, ${eleven}%) and upstream transportation and distribution (category 4, 3.9%).
`;

  it('names a row by its words and its number in the share`s bracket, the whole by the share before', () => {
    const holding = ofRule(categories('7.6'));
    expect(holding).toHaveLength(3);
    for (const share of [[13_412_800, 15_698_400, 85.4], [1_186_300, 15_698_400, 7.6], [618_400, 15_698_400, 3.9]]) expect(holding).toContainEqual([true, share]);
    expect(ofRule(categories('6.7'))).toContainEqual([false, [1_186_300, 15_698_400, 6.7]]);
  });

  it('takes the figure before for a whole said as `it` or by `其中`, when it restates a row of the part`s table', () => {
    const water = (share: string, total = '24.52') => `Table 4: Water withdrawn by source (GL)
Source                        FY2022     FY2023
Groundwater                    19.06      18.42
Surface water                   5.12       4.86
Total                          25.36      24.52

Water withdrawal fell 3.3% to ${total} GL; groundwater made up ${share}% of it.
`;
    expect(ofRule(water('75.1'))).toEqual([[true, [18.42, 24.52, 75.1]]]);
    expect(ofRule(water('57.1'))).toEqual([[false, [18.42, 24.52, 57.1]]]);
    // a figure no row of the table restates is no whole of its rows
    expect(ofRule(water('57.1', '26.40'))).toEqual([]);
    const zh = `2023年範疇一及範疇二排放量合計393,050公噸CO2e，較2022年減少5.6%，其中範疇二佔95.7%。\n\n表2 溫室氣體排放量\n單位：公噸CO2e\n項目\t2021年\t2022年\t2023年\n範疇一\t18,426\t17,962\t16,840\n範疇二（市場基準）\t412,680\t398,540\t376,210\n範疇一及範疇二合計\t431,160\t416,502\t393,050\n範疇三\t1,286,400\t1,342,600\t1,298,700\n`;
    expect(ofRule(zh)).toEqual([[true, [376_210, 393_050, 95.7]]]);
  });

  it('reads the shares after `of which` as of the figure before, each named by its own clause', () => {
    const packaging = (paper: string) => `We used 9,684 tonnes of packaging materials, of which paper accounted for ${paper}% and plastics for 31.5%.

A2.5 Packaging materials
Material	Unit	2023	2022
Paper	tonnes	5,412	5,608
Plastics	tonnes	3,046	3,262
Total packaging materials	tonnes	9,684	10,089
`;
    expect(ofRule(packaging('55.9'))).toEqual([[true, [5_412, 9_684, 55.9]], [true, [3_046, 9_684, 31.5]]]);
    expect(ofRule(packaging('58.9'))).toContainEqual([false, [5_412, 9_684, 58.9]]);
    // a share after the figure with no `of which` names no whole of its own
    expect(ofRule(packaging('55.9').replace(', of which paper accounted for', '. Paper accounted for'))).toEqual([]);
  });

  it('leaves a share whose words name no row, or two, alone', () => {
    expect(ofRule(sites('47.6').replace("Mt Carrow's emissions", 'Our largest mine'))).toEqual([]);
    expect(ofRule(sites('47.6').replace('of Scope 1 emissions', 'of emissions'))).toEqual([]);
  });
});
