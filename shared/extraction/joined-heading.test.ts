import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A bilingual heading and its translation that a PDF joins onto one line keep their section
// number out of the figures, as they do on lines of their own.

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('a heading joined to its translation', () => {
  it('reads neither number of a joined bilingual heading as a figure', () => {
    expect(figures('材料\n\n7 绿色运营 7 Green Operation\n\n302-1')).toEqual([]);
    expect(figures('4.3 行业努力共享价值 4.3 Work with industry\n')).toEqual([]);
    expect(figures('2.1 利益相关方沟通 2.1 Stakeholder\nEngagement and Assessment')).toEqual([]);
    expect(figures('1 Ant Financial Profile 1 蚂蚁金服概况\n')).toEqual([]);
    // 对 opens the title (the preposition): a subsection counts no pairs
    expect(figures('services supported\n\n4.1 对客户的承诺 4.1 Commitments to Customers\n\n203-2')).toEqual([]);
  });
  it('gives the same figures as the two headings on lines of their own', () => {
    const joined = '5.2 平等雇佣 5.2 Equal Employment\n\n员工总数 3,512 人';
    expect(figures(joined)).toEqual(figures(joined.replace(' 5.2 Equal', '\n5.2 Equal')));
    expect(figures(joined)).toEqual([['3,512 人', 3_512, '人']]);
  });
  it('keeps a figure told in both languages', () => {
    expect(figures('8 大行业 8 industries\n').map((f) => f[1])).toContain(8);
    expect(figures('3 个项目 3 Projects\n').map((f) => f[1])).toContain(3);
  });
});
