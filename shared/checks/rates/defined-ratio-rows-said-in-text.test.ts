import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.defined-ratio-row';
const ratios = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a defined KPI row said again in the text, by its abbreviation', () => {
  // a cold-storage operator: the text states this year's ratio and last year's in a bracket, the note defines it
  const english = (text2023: string) => `2. ENERGY

Our warehouses drew 612.0 million kWh in 2024, up 4.2%, of which refrigeration used 441.5 million kWh. The average
RCR was 1.39 (2023: ${text2023}).

KEY FIGURES

Indicator                          Unit              2024        2023
Electricity drawn                  million kWh      612.0       598.4
Refrigeration electricity          million kWh      441.5       424.9
RCR                                —                 1.39        1.41

Note: RCR = electricity drawn / refrigeration electricity.
`;

  it('divides the text\'s figures by the rows the note names, each of its year', () => {
    const found = ratios(english('1.41'));
    expect(found.filter(([, f]) => (f as number[])[2] === 1.39)).toHaveLength(2);
    expect(found.filter(([, f]) => (f as number[])[2] === 1.41)).toHaveLength(2);
    expect(found.every(([holds]) => holds)).toBe(true);
  });

  it('calls a year\'s figure in the text that does not come out a mismatch', () => {
    expect(ratios(english('1.14'))).toContainEqual([false, [598_400_000, 424_900_000, 1.14]]);
  });

  it('takes the numerator its own clause names (`用水量…；WUE为`) before the table\'s', () => {
    const chinese = `（二）水资源

2024年，公司取水量318.6万立方米，同比增长6.1%；WUE为1.34升/千瓦时（2023年：1.37升/千瓦时）。

关键绩效表

指标                      单位              2024年        2023年
取水量                    万立方米           318.6         300.3
IT设备用电量              亿千瓦时           23.71         21.88
WUE                       升/千瓦时           1.34          1.37

注：WUE = 取水量 ÷ IT设备用电量。
`;
    const found = checksOf('ratio', chinese).filter((c) => c.rule === RULE && c.holds);
    const said = found.find((c) => c.figures.some((f) => f.role === 'result' && chinese.slice(f.start, f.start + 4) === '1.34' && f.start < chinese.indexOf('关键绩效表')));
    expect(said?.figures.find((f) => f.role !== 'result' && f.value === 3_186_000)?.start).toBeLessThan(chinese.indexOf('关键绩效表'));
    expect(found).toHaveLength(4);
  });
});
