import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text);

describe('a total and its breakdown, around what is not a part of it', () => {
  it('takes the amount the total changed by (`较年初增加 118.20 亿元`) for no part of the `其中` after it', () => {
    const text = (last: string) => `截至2023年末，绿色贷款余额612.40亿元，较年初增加118.20亿元，增长23.92%。其中清洁能源贷款286.10亿元、节能环保贷款198.50亿元、绿色交通贷款${last}亿元。`;
    expect(sums(text('127.80'))).toMatchObject([{ holds: true, figures: [{ value: 612.4e8, role: 'total' }, { value: 286.1e8 }, { value: 198.5e8 }, { value: 127.8e8 }] }]);
  });

  it('reads a breakdown opened after the total\'s year (`1,248 complaints in 2023, of which …`)', () => {
    const text = (last: string) => `We received 1,248 complaints in 2023, of which 312 concerned billing, 286 concerned service and ${last} concerned other matters.`;
    expect(sums(text('650'))).toMatchObject([{ holds: true, figures: [{ value: 1_248, role: 'total' }, { value: 312 }, { value: 286 }, { value: 650 }] }]);
  });

});

describe('a total and the list said to make it up', () => {
  it('reads a bare `comprise` after the total as the list making it up', () => {
    const text = (last: string) => `The £6.4 billion of social bonds comprise £2.9 billion financing affordable housing, £2.1 billion healthcare and £${last} billion education.`;
    expect(sums(text('1.4'))).toMatchObject([{ holds: true, rule: 'sum.listed-parts' }]);
    expect(sums(text('1.1'))).toMatchObject([{ holds: false, rule: 'sum.listed-parts' }]);
  });

  it('reads a `其中` a line break parted (`，其⏎中`) as opening the total\'s breakdown', () => {
    const text = (last: string) => `全年研发投入12.48亿元，同比增长8.2%，其\n中人员费用6.12亿元、材料费用3.54亿元、折旧及其他${last}亿元。`;
    expect(sums(text('2.82'))).toMatchObject([{ holds: true, figures: [{ value: 12.48e8, role: 'total' }, {}, {}, {}] }]);
    expect(sums(text('2.28'))).toMatchObject([{ holds: false, figures: [{ value: 12.48e8, role: 'total' }, {}, {}, {}] }]);
  });
});

describe('a table row above a `其中：` breakdown', () => {
  it('is the total of the rows under it in every year\'s column, not only the last', () => {
    const table = (cell: string) => `指标\t单位\t2021年\t2022年\t2023年\n营业收入\t亿元\t52.40\t61.86\t70.12\n其中：产品销售\t亿元\t38.12\t45.30\t51.06\n技术服务\t亿元\t9.86\t${cell}\t12.47\n其他\t亿元\t4.42\t5.42\t6.59\n`;
    const totals = (cell: string) => sums(table(cell)).filter((c) => c.figures[0]!.value === 61.86e8);
    expect(totals('11.14')).toMatchObject([{ holds: true }]);
    expect(totals('11.41')).toMatchObject([{ holds: false }]);
  });

  it('is still a part of a total below its breakdown (`Scope 3 | … ⏎ of which Cat. 1 | …` above `Total`)', () => {
    const table = `tCO2e\t2024\t2023\nScope 1 emissions\t21,400\t23,150\nScope 2 emissions\t8,620\t9,310\nScope 3 emissions\t412,800\t436,200\n  of which Cat. 1 Purchased goods\t301,500\t318,700\nTotal emissions\t442,820\t468,660\n`;
    expect(sums(table).filter((c) => c.rule === 'sum.scoped-parts').map((c) => [c.holds, c.stated])).toEqual([
      [true, 442_820],
      [true, 468_660],
    ]);
  });
});

describe('a total whose `其中` clause follows the amount it changed by, in one sentence', () => {
  it('is the whole that clause breaks down: `余额 X 亿元，较年初增加 Y 亿元，增长 Z%，其中…`', () => {
    const text = (last: string) => `截至2023年末，公司普惠贷款余额356.8亿元，较年初增加48.2亿元，增长15.6%，其中小微企业贷款201.4亿元、个体工商户贷款92.6亿元、农户经营贷款${last}亿元。`;
    expect(sums(text('62.8'))).toMatchObject([{ holds: true, figures: [{ value: 356.8e8, role: 'total' }, { value: 201.4e8 }, { value: 92.6e8 }, { value: 62.8e8 }] }]);
  });
});
