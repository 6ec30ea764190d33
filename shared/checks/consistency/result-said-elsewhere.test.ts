import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const pairs = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.result-said-elsewhere').map((c) => c.figures.map((f) => f.value));

describe('a share misstated where the document says elsewhere what its inputs give', () => {
  it('sets it beside the table share worked over the same inputs said finely (`NZ$4.2 billion` / `4,186`)', () => {
    const text = (said: string) =>
      [
        'Table 4: Procurement (NZ$ million)',
        'Category                        2024     Share (%)',
        'Local suppliers                4,186         64.1',
        'Other suppliers                2,344         35.9',
        'Total                          6,530        100.0',
        '',
        `We spent NZ$4.2 billion with local suppliers, ${said}% of total procurement.`,
      ].join('\n');
    expect(pairs(text('61.4'))).toEqual([[61.4, 64.1]]);
    expect(pairs(text('64.1'))).toEqual([]);
  });

  it('sets it beside the letter\'s share of the same words that no figure works out (`占比达到38.2%`)', () => {
    const text = (letter: string) =>
      [
        '致辞',
        '',
        `本年度，我们新增两座光伏电站，使清洁能源装机容量占比达到${letter}%。`,
        '',
        '一、能源结构',
        '',
        '本公司总装机容量为3,246兆瓦。',
        '',
        '清洁能源装机容量增至1,240兆瓦，占公司总装机容量的32.8%。',
      ].join('\n');
    expect(pairs(text('38.2'))).toEqual([[32.8, 38.2]]);
    // the letter agrees with neither (a share of another metric or a slip of its own): nothing to set beside it
    expect(pairs(text('41.5'))).toEqual([]);
  });

  it('leaves a share of another period or another metric alone', () => {
    const text = (letter: string) =>
      ['一、能源结构', '', '本公司总装机容量为3,246兆瓦。', '', `清洁能源装机容量增至1,240兆瓦，占公司总装机容量的32.8%（${letter}）。`].join('\n');
    expect(pairs(text('2023年：38.2%'))).toEqual([]);
    expect(pairs(`员工培训覆盖率为38.2%。\n\n${text('2023年：30.1%')}`)).toEqual([]);
  });
});

describe('a rate misstated where the key figures say what its inputs give', () => {
  // a bus company's 员工 section: the average over the front-line staff (1,760), the 关键绩效表's over everyone
  const text = (average: string) =>
    [
      '三、员工',
      '',
      `截至2024年末，公司共有员工2,400人，其中一线员工1,760人。全年组织安全生产与服务技能培训，培训总时长86,400小时，人均培训时长${average}小时。`,
      '',
      '关键绩效表',
      '',
      '指标                        单位          2024年        2023年',
      '员工总数                    人            2,400         2,310',
      '人均培训时长                小时          36.0          33.2',
      '',
    ].join('\n');

  it("sets the stated average beside the 关键绩效表's value of its own words that its inputs give", () => {
    // (once: the row's words are the text's, `时长` before its unit of hours aside, and the statements of one metric pair them first)
    const sideBySide = (said: string) =>
      checksOf('consistency', said)
        .filter((c) => !c.holds && (c.rule === 'consistency.result-said-elsewhere' || c.rule === 'consistency.same-metric'))
        .map((c) => c.figures.map((f) => f.value));
    expect(sideBySide(text('49.1'))).toEqual([[49.1, 36.0]]);
    expect(sideBySide(text('36.0'))).toEqual([]);
  });

  it('sets it beside no figure of other words, or of another year', () => {
    expect(pairs(text('49.1').replace('人均培训时长                小时', '人均加班时长                小时'))).toEqual([]);
    expect(pairs(text('49.1').replace('36.0          33.2', '33.2          36.0'))).toEqual([]);
  });
});
