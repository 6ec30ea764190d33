import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a construction group's report: the letter calls its people by the company's name, the people section by 员工
const group = (letter: string, section: string) =>
  [
    '华岳建设集团股份有限公司',
    '2024年度社会责任报告',
    '',
    '董事长致辞',
    '',
    `${letter}奋战在全国各地的项目一线，全年新签合同额同比增长8.6%。`,
    '',
    '三、员工发展',
    '',
    `${section}截至2024年末，集团共有员工18,640人，同比增长3.1%。`,
  ].join('\n');

const opposite = (letter: string, section: string) =>
  checksOf('consistency', group(letter, section)).filter((c) => !c.holds && c.rule === 'consistency.opposite-qualifiers').map((c) => c.figures.map((f) => f.value));

describe('two Chinese bounds of the company\'s people of one number, one by its own name (`近1.8万名华岳人`), the other by 员工', () => {
  it('are flagged when said the other way', () => {
    expect(opposite('近1.8万名华岳人', '集团现有超1.8万名员工。')).toEqual([[18_000, 18_000]]);
  });

  it('hold when said the same way', () => {
    expect(opposite('超1.8万名华岳人', '集团现有超1.8万名员工。')).toEqual([]);
  });

  it('name the company only by the report\'s title: `年轻人` are not its people', () => {
    expect(opposite('近1.8万名年轻人', '集团现有超1.8万名员工。')).toEqual([]);
  });
});
