import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (east: string) =>
  `2023年，集团供水量达28.64亿立方米。\n\n2023年，粤港澳大湾区供水量17.52亿立方米，占集团供水量的61.2%；华东地区供水量7.48亿立方米，占${east}%。`;

describe('a bare share after a share of its sentence that names its whole', () => {
  it('is of the same whole', () => {
    expect(shares(text('26.1'))).toEqual([
      [true, [17.52e8, 28.64e8, 61.2]],
      [true, [7.48e8, 28.64e8, 26.1]],
    ]);
    expect(shares(text('21.6'))).toContainEqual([false, [7.48e8, 28.64e8, 21.6]]);
  });
});

describe('a run of bare shares after the share that names their whole', () => {
  it('are each of that whole (`…，占营业收入的84.9%；…，占10.0%；其他收入24.8亿元，占5.6%`)', () => {
    const run = (other: string) => `2023年，公司实现营业收入486.2亿元。客运收入412.8亿元，占营业收入的84.9%；货运及邮运收入48.6亿元，占10.0%；其他收入24.8亿元，占${other}%。`;
    expect(shares(run('5.1'))).toContainEqual([true, [24.8e8, 486.2e8, 5.1]]);
    expect(shares(run('5.6'))).toContainEqual([false, [24.8e8, 486.2e8, 5.6]]);
  });
});

describe('a share after a comma alone, ending its clause, after a share of a named whole', () => {
  const text = (cargo: string, after = '; and other revenue RMB 2.48 billion') =>
    `Revenue rose 62.8% to RMB 48.62 billion. Passenger revenue was RMB 41.28 billion, 84.9% of revenue; cargo and mail revenue RMB 4.86 billion, ${cargo}%${after}.`;

  it('is of that whole too (the whole\'s metric read with the rate it ran on into: `revenue rose 62 8`)', () => {
    expect(shares(text('10.0'))).toEqual([
      [true, [41.28e9, 48.62e9, 84.9]],
      [true, [4.86e9, 48.62e9, 10]],
    ]);
    expect(shares(text('11.0'))).toContainEqual([false, [4.86e9, 48.62e9, 11]]);
  });

  it('takes the whole\'s metric with the digits of the rate it ran on into (`and revenue rose 62 8`) for the whole company\'s', () => {
    const text = (share: string) => `In 2023 we carried 28.642 million passengers, up 75.2%, and revenue rose 62.8% to RMB 48.62 billion. At the end of 2023 our fleet numbered 286 aircraft.\n\nPassenger revenue was RMB 41.28 billion, ${share}% of revenue.`;
    expect(shares(text('84.9'))).toEqual([[true, [41.28e9, 48.62e9, 84.9]]]);
    expect(shares(text('89.4'))).toEqual([[false, [41.28e9, 48.62e9, 89.4]]]);
  });

  it('leaves a share after a comma of `the total` to the paragraph\'s whole (`and Coastway 15.9 million, 21.3%`)', () => {
    const text = 'Passenger journeys rose 12.3% to 68.4 million in 2023-24. The Portsmouth main line carried 24.6 million journeys, 36.0% of the total, and Coastway 15.9 million, 21.3%.';
    expect(shares(text).filter(([, figures]) => (figures as number[]).includes(21.3))).not.toContainEqual([false, [15.9e6, 24.6e6, 21.3]]);
  });

  it('takes no rate of change said after the comma (`, 10.0% higher`) for a share', () => {
    expect(shares(text('10.0', ' higher than in 2022'))).toEqual([[true, [41.28e9, 48.62e9, 84.9]]]);
  });
});

describe('a bare share after a share of another kind, its own pair before it', () => {
  it('is of its own pair, not of the other share\'s whole', () => {
    const text = '全年巨灾及天气指数保险保费收入16.85亿元，占绿色保险保费收入的36.4%，覆盖农户126.4万户，其中脱贫户31.8万户，占25.2%。';
    expect(checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === 25.2)).map((c) => [c.holds, c.figures.map((f) => f.value)])).toEqual([[true, [31.8e4, 126.4e4, 25.2]]]);
  });
});

describe('a share said right after last year\'s figure', () => {
  // a bus operator's electric fleet this year and last, its share of last year's fleet unsaid
  const en = `We operated 2,140 buses at the end of 2024. Of them, 1,712 were electric, 80.0% of the fleet, against 1,506, or 73.1%, a year earlier.`;
  const zh = `截至2024年末，公司运营公交车2,140辆，其中纯电动公交车1,712辆，占运营车辆的80.0%；上年末纯电动公交车1,506辆，占73.1%。`;

  it('is last year\'s share, of no whole this year\'s figures give', () => {
    expect(shares(en)).toEqual([[true, [1712, 2140, 80]]]);
    expect(shares(zh)).toEqual([[true, [1712, 2140, 80]]]);
  });
});
