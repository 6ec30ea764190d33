import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE).map((c) => c.message);

describe('a share whose sentence names the total only in a clause about another figure', () => {
  const report = (share: string) => `一、董事长致辞

2024年，公司危险废物资源化利用比例达到${share}，单位产值废弃物产生量降至0.82吨/万元。

二、环境

表6：废弃物产生量（单位：万吨）

废弃物类型                2024年        2023年
一般工业固废                9.64          9.12
危险废物                    2.76          2.58
合计                       12.40         11.70

2024年，公司废弃物产生总量12.40万吨，其中危险废物2.76万吨。
`;

  it('reads no share of the total from it: the clause naming the total is about the intensity', () => {
    expect(ofRule(report('35.2%'))).toEqual([]);
  });

  it('still reads a share whose own clause names the total', () => {
    expect(ofRule(`2024年，公司废弃物产生总量12.40万吨，危险废物占废弃物产生总量的22.3%。

表6：废弃物产生量（单位：万吨）

废弃物类型                2024年        2023年
一般工业固废                9.64          9.12
危险废物                    2.76          2.58
合计                       12.40         11.70
`)).toEqual(['✓ 2.76 / 12.4 = 22.3 %']);
  });
});
