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
  it('drops a run whose chapters share a page, as long as its pages never fall and grow overall', () => {
    expect(values('1 / 蚂蚁金服概况 Ant Financial Profile 112\n2 / 蚂蚁伙伴 Ant Partners 112\n3 / 治理 Governance 112\n4 / 创造共享价值 Create Shared Value 116\n')).toEqual([]);
    expect(values('Apples 5\nPears 5\nPlums 5\n')).toEqual([5, 5, 5]);
    expect(values('Apples 5\nPears 7\nPlums 6\n')).toContain(7);
  });
  it('reads a run of entries three blank lines apart, as PDF text leaves them, down the page as up it, and no further apart', () => {
    const run = (blank: string) => `关于本报告 3${blank}董事长致辞 5${blank}公司治理 12\n`;
    expect(values(run('\n\n\n\n'))).toEqual([]);
    expect(values(run('\n\n\n\n\n'))).toContain(5);
  });
  it('keeps a figure with its unit on a line that ends in a number', () => {
    expect(values('目录\n员工总数 11,700人\n关于本报告 3')).toEqual([11_700]);
  });
  it('drops the page number of a title that holds a figure, which it keeps', () => {
    expect(values('Contents\nOur year in numbers ........ 3\n£14.2bn of sustainable finance: how we count it ..... 7\n')).toEqual([14.2e9]);
  });
  it('drops page numbers under a bilingual heading, titles with years and colons among them', () => {
    const page = '目录 Contents\n董事长致辞 Chairman\'s Statement      4\n2023年关键绩效 Key Performance in 2023      12\n附录：ESG指标索引 Appendix: ESG Index      96\n';
    expect(values(page)).toEqual([]);
    // a data row under it keeps its cells
    expect(values(page + '\n员工总数 Total employees    人 persons    80,963    82,115\n')).toEqual([80_963, 82_115]);
  });
  it('drops page ranges of numbered entries under a contents heading', () => {
    const page = '目录\n\n● 报告说明\t003\n\n1 修复绿色星球\n\n01 多样的消费\t087-092\n02 包容的消费\t093-096\n03 放心的消费\t97-102\n04 负责的消费\t103-106\n';
    expect(values(page)).toEqual([]);
    // a range with its unit on a contents page is still a figure
    expect(values(page + '\n每场培训\t120-150人\n')).toEqual([120]);
  });
  it('keeps a sentence that ends in a figure', () => {
    expect(values('In 2023 the number of suppliers audited rose to 1,240')).toEqual([1240]);
  });
});

describe('a contents page whose entries open with their chapter numbers', () => {
  it('drops the page numbers, repeated pages too', () => {
    const page = '目 录\nContents\n\n1 / 蚂蚁金服概况   Ant Financial Profile 112\n\n2 / 蚂蚁伙伴   Ant Partners 112\n\n3 / 治理   Governance 112\n\n4 / 创造共享价值   Create Shared Value 116\n';
    expect(extractFigures(page).map((f) => f.text)).toEqual([]);
  });
  it('keeps a numbered list of figures under no contents heading', () => {
    expect(extractFigures('1. Employees 6,909\n\n2. Female employees 2,563\n').map((f) => f.text)).toEqual(['6,909', '2,563']);
  });
});

describe('a numbered Chinese heading under the last line of an English column', () => {
  it('is a section number, not a figure that goes on the English sentence', () => {
    const text = 'All Ant employees must comply with the “Ant Financial Code of Business Conduct” and its \n 4.1 对客户的承诺\n\nCommitments to Customers';
    expect(values(text)).toEqual([]);
  });
  it('while a number opening a line of wrapped English prose stays a figure', () => {
    expect(values('In 2023 we registered 11 new products across the region and in the\n27 LMICs we serve.')).toEqual([11, 27]);
  });
});

describe('a key figures table some 600 characters below its header of years', () => {
  // the rows between, one of them as long as puts the header's `2023` where the window read for page numbers starts
  const table = (pad: number) =>
    [
      'Key figures',
      '',
      `Indicator${' '.repeat(31)}Unit${' '.repeat(14)}2024        2023`,
      ...Array.from({ length: 6 }, (_, k) => `Indicator ${String.fromCharCode(65 + k)} of the year          tonnes          ${14 + k},330      ${13 + k},260`),
      `Water withdrawn${' '.repeat(pad)}m3              41,260      40,100`,
      'Permanent employees                     number             318         300',
      'Community investment                    CAD thousand       412         365',
    ].join('\n');
  const cutAt2023 = (text: string) => text.indexOf('300', text.indexOf('number')) - 600 === text.indexOf('2023') + 1;
  const text = table(Array.from({ length: 120 }, (_, pad) => pad).find((pad) => cutAt2023(table(pad)))!);

  it('keeps its bare counts: the header`s `2023`, cut to `023` by that window, is no page number', () => {
    expect(cutAt2023(text)).toBe(true);
    expect(extractFigures(text).map((f) => f.text)).toContain('300');
  });
});
