import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Page numbers of a table of contents are not figures; the figures of a two-column table are.

const values = (text: string): number[] => extractFigures(text).map((f) => f.value);

describe('table of contents', () => {
  it('drops page numbers after leader dots', () => {
    expect(values('Environmental Performance ........ 24\nSocial Responsibility ..... 36\n')).toEqual([]);
  });
  it('drops page numbers under a contents heading', () => {
    expect(values('目录\n关于本报告 3\n董事长致辞 5\n\n')).toEqual([]);
    expect(values('TABLE OF CONTENTS\nMessage from the Chairman 4\n')).toEqual([]);
    expect(values('目  录\n关于本报告\t1\n董事长致辞\t3\n')).toEqual([]);
  });
  it('drops a run of entries whose pages grow down the page', () => {
    expect(values('关于本报告 3\n董事长致辞 5\n公司治理 12\n')).toEqual([]);
  });
  it('keeps a figure with its unit on a line that ends in a number', () => {
    expect(values('目录\n员工总数 11,700人\n关于本报告 3')).toEqual([11_700]);
  });
  it('keeps a sentence that ends in a figure', () => {
    expect(values('In 2023 the number of suppliers audited rose to 1,240')).toEqual([1240]);
  });
});
