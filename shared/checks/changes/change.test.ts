import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a change stated new value first', () => {
  it('recomputes `28.4 GL, down from 30.1 GL, a decrease of N%`', () => {
    const check = (rate: string) => checksOf('change', `We withdrew 28.4 GL of water in FY2023, down from 30.1 GL in FY2022, a decrease of ${rate}%.`);
    expect(check('5.6')).toMatchObject([{ holds: true }]);
    expect(check('7.6')).toMatchObject([{ holds: false, stated: 7.6 }]);
  });

  it('recomputes `3.26 亿立方米，较上年的 3.05 亿立方米增长 N%`', () => {
    const check = (rate: string) => checksOf('change', `全年污水处理量 3.26 亿立方米，较上年的 3.05 亿立方米增长 ${rate}%。`);
    expect(check('6.9')).toMatchObject([{ holds: true }]);
    expect(check('9.6')).toMatchObject([{ holds: false }]);
  });

  it('recomputes a year-end balance against last year-end\'s (`较上年末的`, `较年初的`)', () => {
    const check = (rate: string) => checksOf('change', `截至2024年末，公司托管林地面积146.2万公顷，较上年末的139.4万公顷增长${rate}%。`);
    expect(check('4.9')).toMatchObject([{ holds: true }]);
    // computed over the new value: 6.8 of 146.2
    expect(check('4.7')).toMatchObject([{ holds: false, stated: 4.7 }]);
    expect(checksOf('change', '年末绿色信贷余额412.6亿元，较年初的368.4亿元增长12.0%。')).toMatchObject([{ holds: true }]);
  });
});

describe('a change stated new value first after `fell to`, the old after a bare `from`', () => {
  it('recomputes `fell to 11.42 million tonnes in 2023, from 12.86 million tonnes in 2022, a N% decrease`', () => {
    const check = (rate: string) => checksOf('change', `Scope 1 emissions fell to 11.42 million metric tons CO2e in 2023, from 12.86 million metric tons in 2022, a ${rate}% decrease.`);
    expect(check('11.2')).toMatchObject([{ holds: true, rule: 'change.new-then-old' }]);
    expect(check('12.1')).toMatchObject([{ holds: false, stated: 12.1 }]);
  });

  it('reads `improved to 3.1 from 3.6, a N% reduction` and a rate that names no direction (`a 12.6% improvement` of a fall)', () => {
    const trifr = (rate: string) => checksOf('change', `Our total recordable injury frequency rate (TRIFR) improved to 3.1 from 3.6 in FY2022, a ${rate}% reduction.`);
    expect(trifr('13.9')).toMatchObject([{ holds: true, rule: 'change.new-then-old' }]);
    // 3.55–3.65 to 3.05–3.15 is an 11.3–16.4% fall: 16.1 is within the inputs' precision, 19.4 is not
    expect(trifr('16.1')).toMatchObject([{ holds: true }]);
    expect(trifr('19.4')).toMatchObject([{ holds: false, stated: 19.4 }]);
    const saidi = (rate: string) => checksOf('change', `SAIDI improved to 98.4 minutes from 112.6 minutes, a ${rate}% improvement.`);
    expect(saidi('12.6')).toMatchObject([{ holds: true }]);
    expect(saidi('21.6')).toMatchObject([{ holds: false }]);
  });

  it('needs the verb before the new value: a bare `from` alone names no old value', () => {
    expect(checksOf('change', 'Scope 1 emissions were 11.42 million metric tons in 2023, from 12.86 million metric tons of capacity, a 12.1% decrease.')).toEqual([]);
  });
});

describe('a change stated against the year before in brackets', () => {
  it('recomputes `64 in 2023 (2022: 81), a reduction of N%`', () => {
    const check = (rate: string) => checksOf('change', `Pollution incidents fell to 64 in 2023 (2022: 81), a reduction of ${rate}%.`);
    expect(check('21')).toMatchObject([{ holds: true }]);
    expect(check('25')).toMatchObject([{ holds: false, stated: 25 }]);
  });

  it('reads a financial year in the bracket: `rose N% to 1,284 (2022/23: 1,116)`', () => {
    const check = (rate: string) => checksOf('change', `The number of apprentices rose ${rate}% to 1,284 (2022/23: 1,116), across retail and logistics.`);
    expect(check('15.1')).toMatchObject([{ holds: true, rule: 'change.against-prior-year' }]);
    expect(check('18.5')).toMatchObject([{ holds: false, stated: 18.5 }]);
  });
});

describe('a change stated as an amount and a rate', () => {
  it('takes the old value as the new less the amount: 687.5 亿元，较年初增加 72.4 亿元', () => {
    const check = (rate: string) => checksOf('change', `涉农贷款余额 687.5 亿元，较年初增加 72.4 亿元，增长 ${rate}%。`);
    expect(check('11.8')).toMatchObject([{ holds: true, rule: 'change.by-amount' }]);
    expect(check('13.2')).toMatchObject([{ holds: false, stated: 13.2 }]);
  });
});

describe("a table's year-on-year column", () => {
  const table = (water: string) => `指标\t2022 年\t2023 年\t同比变动\n能源消耗总量（吨标准煤）\t38,620\t36,915\t-4.4%\n用水总量（万吨）\t212.6\t198.3\t${water}\n`;

  it('recomputes each row from the earlier year to the later, signed or not', () => {
    expect(checksOf('change', table('-6.7%')).map((c) => [c.holds, c.rule])).toEqual([
      [true, 'change.year-on-year-column'],
      [true, 'change.year-on-year-column'],
    ]);
    expect(checksOf('change', table('6.7%')).every((c) => c.holds)).toBe(true);
    expect(checksOf('change', table('-7.6%')).find((c) => !c.holds)).toMatchObject({ stated: -7.6, message: '✗ 212.6 → 198.3 = −6.7 %, stated -7.6 %' });
  });
});

describe('a new value then the old without a stated change', () => {
  it('does not take the next percentage of the sentence for the change', () => {
    const text = 'Emissions were 4.1 Mt CO2-e in FY2023, down from 4.6 Mt CO2-e in FY2022, and renewable supply agreements now cover 40% of the electricity used.';
    expect(checksOf('change', text)).toEqual([]);
  });
});

describe('a change stated new value, rate, then old value', () => {
  it('recomputes `RMB18.64 billion, up N% from RMB16.82 billion in 2022`', () => {
    const text = (rate: string) => `Its R&D investment was RMB18.64 billion, up ${rate}% from RMB16.82 billion in 2022, accounting for 21.6% of total revenue.`;
    expect(checksOf('change', text('10.8'))).toMatchObject([{ holds: true, rule: 'change.new-rate-old' }]);
    expect(checksOf('change', text('12.8'))).toMatchObject([{ holds: false, expected: expect.closeTo(10.82, 1), stated: 12.8 }]);
  });

  it('reads a fall as such: `6,915 stores, down 4.0% from 7,203`', () => {
    expect(checksOf('change', 'We had 6,915 stores, down 4.0% from 7,203 a year earlier.')).toMatchObject([{ holds: true }]);
  });

  it('needs `from` after the rate: `up 7.1% year on year` names no old value', () => {
    expect(checksOf('change', 'We had 648 million users, up 7.1% year on year, and 605 million merchants.')).toEqual([]);
  });
});

describe('a change stated as an amount, and a share after it', () => {
  it('takes no share of the sentence for the rate of the amount: `超过1.8万辆，较上年末增加6,200辆，新能源车辆已覆盖…的64%`', () => {
    const text = '截至报告期末，我们在全国投入使用新能源物流车超过1.8万辆，较上年末增加6,200辆，新能源车辆已覆盖城市末端配送线路的64%。';
    expect(checksOf('change', text)).toEqual([]);
  });
});

describe('a change said as a comparison after the new value: `N, X% more than the M of 2022`', () => {
  it('recomputes `2,318 apprentices in the year, X% more than the 2,046 of 2022/23`', () => {
    const text = (rate: string) => `We took on 2,318 apprentices in the year, ${rate}% more than the 2,046 of 2022/23.`;
    expect(checksOf('change', text('13.3'))).toMatchObject([{ holds: true, rule: 'change.new-rate-old', figures: [{ value: 2_046, role: 'old' }, { value: 2_318, role: 'new' }, { value: 13.3 }] }]);
    expect(checksOf('change', text('15.3'))).toMatchObject([{ holds: false, rule: 'change.new-rate-old' }]);
  });

  it('reads `fewer than` as a fall: `4,105 complaints, X% fewer than the 4,630 we received in 2022`', () => {
    const text = (rate: string) => `We received 4,105 complaints, ${rate}% fewer than the 4,630 we received in 2022.`;
    expect(checksOf('change', text('11.3'))).toMatchObject([{ holds: true }]);
    expect(checksOf('change', text('13.1'))).toMatchObject([{ holds: false }]);
  });
});

describe('a new value, a share said of it, then its change from the old value', () => {
  it('reads `482,000, 38.0% of the total, up 68.2% from 296,000` past the share', () => {
    const text = (rate: string) => `New energy vehicle sales reached 482,000, 38.0% of the total, up ${rate}% from 296,000 in 2022.`;
    const changes = (rate: string) => checksOf('change', text(rate)).filter((c) => c.rule === 'change.new-rate-old');
    expect(changes('62.8').map((c) => [c.holds, ...c.figures.map((f) => f.value)])).toEqual([[true, 296_000, 482_000, 62.8]]);
    expect(changes('68.2')).toMatchObject([{ holds: false, stated: 68.2 }]);
  });
});
