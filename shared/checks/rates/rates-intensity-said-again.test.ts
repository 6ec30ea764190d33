import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A letter's intensity whose inputs stand only in the sections after it, said again there with the value they give: one
// rate of one year said twice, its inputs that pair's, and the letter's other value their mismatch.
describe('an intensity said again, with its inputs, later in the report', () => {
  const report = (letter: string) =>
    [
      '董事长致辞',
      '',
      `我们持续推进加油站节能改造，单站年均用电量降至${letter}万千瓦时。`,
      '',
      '一、网络',
      '',
      '截至2024年末，公司加油站总数2,000座，较上年末增加120座。',
      '',
      '二、环境',
      '',
      '2024年，公司用电量18,460万千瓦时，较上年增长2.1%。单站年均用电量为9.23万千瓦时。',
      '',
      '表3：关键绩效',
      '',
      '指标                单位          2024年      2023年',
      '加油站总数          座             2,000       1,880',
    ].join('\n');

  it('reports the letter’s 9.82万千瓦时 where 18,460万千瓦时 over 2,000 stations is the 9.23 said with them', () => {
    expect(intensities(report('9.82'))).toContainEqual([false, [184_600_000, 2_000, 98_200]]);
  });

  it('holds the letter’s value when it is the same rate, rounded', () => {
    expect(intensities(report('9.2')).filter(([holds]) => !holds)).toEqual([]);
  });
});
