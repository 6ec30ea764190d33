import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a bus maker's report in Chinese and its English translation, in two files: the Chinese sentence
// states the drivers' count, the English sentence names them without it, and the table below states it
// in each language — the Chinese cell with two digits swapped
const zh = (cell: string) =>
  [
    '三、员工',
    '',
    '截至2024年末，公司员工总数3,460人，其中工程师1,204人，占员工总数的34.8%；驾驶员736人，占员工总数的21.3%。',
    '',
    '表4：员工按岗位划分（单位：人）',
    '',
    '岗位                   2024年    占比（%）    2023年',
    '工程师                  1,204        34.8     1,150',
    `驾驶员                    ${cell}        21.3       702`,
    '其他                    1,520        43.9     1,488',
    '合计                    3,460       100.0     3,340',
  ].join('\n');

const en = [
  '3. Our people',
  '',
  'At the end of 2024 we had 3,460 employees: engineers 1,204, or 34.8%, and drivers, 21.3%.',
  '',
  'Table 4: Employees by role (people)',
  '',
  'Role                    2024   Share (%)       2023',
  'Engineers              1,204        34.8      1,150',
  'Drivers                  736        21.3        702',
  'Other                  1,520        43.9      1,488',
  'Total                  3,460       100.0      3,340',
].join('\n');

const slips = (cell: string) =>
  checksOf('consistency', ['bus-esg-zh.txt', zh(cell)], ['bus-esg-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a table cell translated in the table, not by a sentence figure of its value a few lines before', () => {
  it('says nothing where the two tables agree', () => {
    expect(slips('736')).toEqual([]);
  });

  it('flags the Chinese cell whose digits slipped against the English cell, though the Chinese sentence states the English figure (763 / 736)', () => {
    expect(slips('763')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 763 }, { value: 736 }] }]);
  });
});
