import { describe, expect, it } from 'vitest';
import { plainNumber, readCsv } from './csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a CSV file is read as addressable cells', () => {
  it('addresses each cell like a spreadsheet, with its row label, column header and value', async () => {
    const read = await readCsv(utf8('Indicator,FY2021,FY2022\r\nR&D spend (RMB),"18,812,000,000",20 100 000 000\r\nWomen in workforce,49.5%,0.495\r\n'), {});
    const cell = read.cells?.find((c) => c.address === 'B2');
    expect(cell).toMatchObject({ sheet: '', row: 2, column: 2, value: 18_812_000_000, rowLabel: 'R&D spend (RMB)', columnHeader: 'FY2021' });
    expect(read.text.slice(cell!.start, cell!.end)).toBe('18,812,000,000');
    expect(read.cells?.find((c) => c.address === 'B3')).toMatchObject({ value: 0.495, percent: true });
    expect(read.cells?.find((c) => c.address === 'C2')?.value).toBeUndefined();
    expect(read.text.split('\n')[1]).toBe('R&D spend (RMB)\t18,812,000,000\t20 100 000 000');
  });

  it('reads Chinese labels from a UTF-8 file with a byte-order mark, as Excel saves it', async () => {
    const read = await readCsv(utf8('\uFEFF指标,数值\n员工总数,254941\n'), {});
    expect(read.encoding).toBe('utf-8');
    expect(read.cells?.find((c) => c.address === 'B2')).toMatchObject({ value: 254_941, rowLabel: '员工总数', columnHeader: '数值' });
  });

  it('takes only a whole cell that is a number as a value', () => {
    expect(plainNumber('-3.5')).toEqual({ value: -3.5 });
    expect(plainNumber('1,2345')).toEqual({});
    expect(plainNumber('2022年')).toEqual({});
    expect(plainNumber('.5%')).toEqual({ value: 0.005, percent: true });
  });
});
