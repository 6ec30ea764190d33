import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a port operator's report: its chairman's letter, its people section, and its key performance table
const report = (letter: string, staff = '截至2024年末，公司在职员工6,184人，同比增长2.9%；其中女性员工1,362人。') =>
  [
    '董事长致辞',
    '',
    `2024年，公司完成集装箱吞吐量486.2万标准箱。${letter}`,
    '',
    '三、员工发展',
    '',
    staff,
    '',
    '四、关键绩效表',
    '',
    '指标                    单位        2024年      2023年',
    '集装箱吞吐量            万标准箱     486.2       462.8',
    '在职员工                人           6,184       6,010',
    '',
  ].join('\n');

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);
const values = (c: { figures: Array<{ value: number }> }) => c.figures.map((f) => f.value).sort((a, b) => a - b);

describe('员工 on the register or in post (`在职员工`, `在册员工`) are all of them: a round bound of 员工 bounds that count', () => {
  it('flags `近6,000名员工` against 在职员工 6,184 in the text and the key table (6,184 is more than 6,000, not nearly it)', () => {
    const checks = mismatches(report('近6,000名员工奋战在码头一线，保障了港口安全平稳运行。'));
    expect(checks.map(values)).toEqual([[6_000, 6_184, 6_184]]);
  });

  it('flags `超过6,500名员工` against 在册员工 6,184', () => {
    const checks = mismatches(report('超过6,500名员工奋战在码头一线。', '截至2024年末，公司在册员工6,184人，同比增长2.9%。'));
    expect(checks.map(values)).toEqual([[6_184, 6_184, 6_500]]);
  });

  it('holds a bound the count bears out (`超过6,000名员工`, `近6,200名员工`)', () => {
    expect(mismatches(report('超过6,000名员工奋战在码头一线。'))).toEqual([]);
    expect(mismatches(report('近6,200名员工奋战在码头一线。'))).toEqual([]);
  });

  it('leaves a part of them alone (`近6,000名一线员工`), and a count on the register that is not of 员工 (`在职研究生`)', () => {
    expect(mismatches(report('近6,000名一线员工奋战在码头。'))).toEqual([]);
    const text = report('近6,000名员工奋战在码头一线。', '公司支持员工深造，在职研究生6,184人。').replace(/在职员工 .*\n/, '');
    expect(mismatches(text)).toEqual([]);
  });
});
