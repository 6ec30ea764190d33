import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a solar operator's report: the letter's round bound of the year's output, the section and the key figures exact
const report = (bound: string, cell = '5,286.4') =>
  [
    '董事长致辞',
    '',
    `2024年，公司新增并网电站12座，全年光伏发电量${bound}千瓦时，相当于减少二氧化碳排放约30万吨。`,
    '',
    '二、绿色运营',
    '',
    `2024年公司光伏发电量${cell}万千瓦时，同比增长14.2%。`,
    '',
    '关键绩效表',
    '',
    '指标                  单位            2024年      2023年',
    `光伏发电量            万千瓦时         ${cell}      4,629.1`,
  ].join('\n');

const boundChecks = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => c.figures.some((f) => f.value === 5e8 || f.value === 5e7))
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a round bound whose scale slipped (`超过5亿千瓦时` for the 5,286.4万千瓦时 said exactly)', () => {
  it('is a scale slip against the exact figure the bound a power of ten off keeps', () => {
    expect(boundChecks(report('超过5亿'))).toEqual([[false, [5e8, 52_864_000, 52_864_000]]]);
  });

  it('says nothing of a bound the exact figure keeps as printed', () => {
    expect(boundChecks(report('超过5,000万')).filter(([holds]) => !holds)).toEqual([]);
  });

  it('says nothing of an exact figure lying far past the bound a power of ten off (6,400万 over `超过5亿`)', () => {
    expect(boundChecks(report('超过5亿', '6,400.0')).filter(([holds]) => !holds)).toEqual([]);
  });
});
