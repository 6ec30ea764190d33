import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ofRule = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.table-total-row');

/** A logistics company's trucks by emission standard: the text says the whole fleet and, `其中`, the cleaner rows' sum. */
const page = (sentence: string, total: string) => `${sentence}

表3 运营车辆（按排放标准）
单位：辆
排放标准\t2023年\t2022年
国五\t228\t391
国六\t940\t802
新能源\t72\t31
合计\t${total}\t1,224
`;

describe('a sum of some rows the text says beside the whole', () => {
  it('is no restatement of the total row when its sentence states the total row\'s own figure (其中 1,012 of 1,240 vehicles, 940 + 72 = 1,012)', () => {
    expect(ofRule(page('截至2023年末，公司运营车辆共1,240辆，其中国六及新能源车辆合计1,012辆。', '1,240'))).toEqual([]);
  });
});
