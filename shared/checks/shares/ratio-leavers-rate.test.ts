import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a turnover rate said of the people who left', () => {
  const english = (rate: string) =>
    `Our workforce numbered 8,412 at the end of 2023, of whom 3,176 were women. During the year, 946 employees left the company, a voluntary turnover rate of ${rate}%.`;
  const chinese = (rate: string) => `截至2023年末，本公司共有员工8,412名，其中女性3,176名。全年共有946名员工离职，员工流失率为${rate}%。`;

  it('is of the workforce, the largest head count before it', () => {
    expect(checksOf('ratio', english('11.2'))).toContainEqual(expect.objectContaining({ holds: true, stated: 11.2, figures: [expect.objectContaining({ value: 946 }), expect.objectContaining({ value: 8_412 }), expect.objectContaining({ value: 11.2 })] }));
    expect(checksOf('ratio', english('12.2'))).toContainEqual(expect.objectContaining({ holds: false, rule: 'ratio.leavers-rate', stated: 12.2 }));
    expect(checksOf('ratio', chinese('12.2'))).toContainEqual(expect.objectContaining({ holds: false, rule: 'ratio.leavers-rate', stated: 12.2 }));
  });

  it('is no mismatch within what an average head count could give', () => {
    expect(checksOf('ratio', english('11.5')).filter((c) => !c.holds)).toEqual([]);
  });
});
