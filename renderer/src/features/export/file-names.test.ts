import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';

describe('export file names', () => {
  it('names the file after the engagement and what it holds, safely', () => {
    const on = new Date('2025-03-04T10:00:00Z');
    expect(exportFileName('Alipay FY2020', 'audit trail', on)).toBe('Alipay FY2020 audit trail 2025-03-04.csv');
    expect(exportFileName('a/b\\c:d*?', 'figures', on)).toBe('a-b-c-d- figures 2025-03-04.csv');
    expect(exportFileName('...', 'audit trail', on)).toBe('Engagement audit trail 2025-03-04.csv');
    expect(exportFileName('ESG\u001b[31m', 'archive', on, 'tickmark')).toBe('ESG-[31m archive 2025-03-04.tickmark');
  });
});
