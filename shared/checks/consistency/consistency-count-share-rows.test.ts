import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a securities firm's report: the letter bounds the share of its IT staff, the people section says the count and share, a table breaks them down
const report = (letter: string, cell: string) =>
  [
    '董事长致辞',
    '',
    `数字化转型离不开人才。公司信息技术人员1,286人，${letter}；全年新上线业务系统12个。`,
    '',
    '三、员工发展',
    '',
    '公司信息技术人员1,286人，占员工总数的12.4%，其中硕士及以上学历612人。',
    '',
    '表3：员工构成（单位：人）',
    '',
    '员工类别                 2024年       占比（%）       2023年',
    '经纪                     4,862        46.9          4,930',
    `信息                     1,286        ${cell}          1,140`,
    '投行                       918         8.9            964',
    '合计                    10,372       100.0          10,218',
  ].join('\n');

const mismatches = (letter: string, cell = '12.4') => checksOf('consistency', report(letter, cell)).filter((c) => !c.holds);

describe('a table row of a count and its share under a label of two characters (`信息  1,286  12.4`)', () => {
  it('restates the text share said of that count, named with the bound the letter turns', () => {
    expect(mismatches('占员工总数超过13%').map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual([[12.4, 12.4, 13]]);
  });

  it('holds a bound the share bears out', () => {
    expect(mismatches('占员工总数超过12%')).toEqual([]);
  });

  it('joins only a cell saying the very share: one that differs is no restatement of it here', () => {
    expect(mismatches('占员工总数超过13%', '14.2').map((c) => c.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual([[12.4, 13]]);
  });
});

describe('a key figures row labelled by its part and 占比, against the text share of that part', () => {
  // a drug maker's report: the text says its new drugs' share of projects in research, the key figures row names only the part
  const drugs = (cell: string) =>
    [
      '二、研发创新',
      '',
      '全年在研项目120个，较上年的112个增长7.1%，其中新药46个，占在研项目的38.3%。全年研发投入9.86亿元。',
      '',
      '关键绩效表',
      '',
      '指标                              单位                2024年       2023年',
      '在研项目                          个                    120          112',
      `新药占比                          %                     ${cell}         35.7`,
      '研发投入                          亿元                 9.86         8.72',
    ].join('\n');
  const pairs = (cell: string) =>
    checksOf('consistency', drugs(cell))
      .filter((c) => c.figures.some((f) => f.value === 38.3))
      .map((c) => [c.holds, c.figures.map((f) => f.value)]);

  it('sets the row’s latest year against the text’s share of the same part', () => {
    expect(pairs('36.5')).toEqual([[false, [38.3, 36.5]]]);
    expect(pairs('38.3')).toEqual([[true, [38.3, 38.3]]]);
  });
});
