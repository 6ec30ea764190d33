import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a bus operator's report: the text's count of a part and its share of the whole, the 关键绩效表's row of that part's 占比
const report = (sentence: string, row: string) =>
  [
    '（一）车辆',
    sentence,
    '',
    '六、关键绩效表',
    '指标                          单位                 2024年       2023年',
    '营运车辆总数                  辆                    2,480        2,412',
    `${row}`,
  ].join('\n');

describe('a 关键绩效表 row of a part\'s 占比 (`其中：纯电动公交车占比`) is the text\'s share of that part, however long its name', () => {
  it('is set against the text\'s share said after the part\'s count', () => {
    const text = report('2024年末，公司营运车辆2,480辆，其中纯电动公交车数量1,736辆，占营运车辆总数的72.0%。', '其中：纯电动公交车占比        %                      70.0         63.2');
    expect(mismatches(text)).toMatchObject([{ figures: [{ value: 72 }, { value: 70 }] }]);
  });

  it('reads a part whose count is said with its quantity word and unit (`检测量…万辆次`)', () => {
    const text = report('全年新能源车辆年审检测量3.42万辆次，同比增长21.3%，占年审总量的18.6%。', '其中：新能源车辆年审检测占比  %                      16.8         14.1');
    expect(mismatches(text)).toMatchObject([{ figures: [{ value: 18.6 }, { value: 16.8 }] }]);
  });

  it('holds when they agree, and reads no row of another part', () => {
    expect(mismatches(report('2024年末，公司营运车辆2,480辆，其中纯电动公交车数量1,736辆，占营运车辆总数的70.0%。', '其中：纯电动公交车占比        %                      70.0         63.2'))).toEqual([]);
    expect(mismatches(report('2024年末，公司营运车辆2,480辆，其中纯电动公交车数量1,736辆，占营运车辆总数的72.0%。', '其中：氢燃料公交车占比        %                      70.0         63.2'))).toEqual([]);
  });
});
