import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a tea company's report: the letter rounds its output to a bound said by the verb and its object (`产茶`); the section and
// the key table state the output exactly
const report = (bound: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司坚持生态种植，全年产茶${bound}，带动茶农增收。`,
    '',
    '一、生产经营',
    '',
    '2024年，公司生产成品茶4,862吨，较上年的4,610吨增长5.5%。',
    '',
    '四、关键绩效表',
    '',
    '指标                  单位        2024年      2023年',
    '成品茶产量            吨           4,862       4,610',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds && c.rule === 'consistency.same-metric');

describe('a Chinese bound of what the company made, said by its verb and object (`全年产茶超过5,000吨`)', () => {
  it('bounds that output stated exactly: on its wrong side, it is flagged against the section and the key table', () => {
    expect(mismatches(report('超过5,000吨'))).toMatchObject([{ figures: expect.arrayContaining([expect.objectContaining({ value: 5000 }), expect.objectContaining({ value: 4862 })]) }]);
    expect(mismatches(report('超过5,000吨'))[0]!.figures).toHaveLength(3);
  });

  it('flags nothing when the bound holds (`近5,000吨`)', () => {
    expect(mismatches(report('近5,000吨'))).toEqual([]);
  });
});
