import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (share: string) =>
  [
    '五、员工权益',
    `截至2023年末，本行员工总数36,482人，其中女性员工19,846人，占员工总数的${share}%；少数民族员工1,204人。`,
    '',
    '表4-2 员工构成（按岗位及性别，2023年末）',
    '岗位          男性        女性        合计        女性占比',
    '管理岗       2,186       1,468       3,654        40.2%',
    '专业岗       8,420      10,262      18,682        54.9%',
    '操作岗       6,030       8,116      14,146        57.4%',
    '合计        16,636      19,846      36,482        54.4%',
  ].join('\n');

const shareChecks = (text: string) => checksOf('consistency', text).filter((c) => c.figures.some((f) => f.value === 54.4));

describe('a Chinese share said of the figure before it (`女性员工19,846人，占员工总数的56.4%`)', () => {
  it('restates the share column of the table row where that figure stands, and is flagged when it disagrees', () => {
    expect(shareChecks(report('56.4'))).toMatchObject([{ holds: false, rule: 'consistency.same-metric', figures: [{ value: 56.4 }, { value: 54.4 }] }]);
  });

  it('holds when it agrees', () => {
    expect(shareChecks(report('54.4'))).toMatchObject([{ holds: true, figures: [{ value: 54.4 }, { value: 54.4 }] }]);
  });
});
