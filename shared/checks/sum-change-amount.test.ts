import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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
