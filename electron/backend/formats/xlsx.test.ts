import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../../shared/domain/report';
import { craftXlsx, number, row, text } from './__fixtures__/crafted-xlsx';
import { craftZip } from './__fixtures__/crafted-docx';
import { readXlsx } from './xlsx';
import { ReportReadError } from './types';

const EVIDENCE = new URL('../../../../shared/fixtures/evidence/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, EVIDENCE)));
const at = (cells: readonly SheetCell[] | undefined, sheet: string, address: string) => cells?.find((c) => c.sheet === sheet && c.address === address);

async function refusal(bytes: Uint8Array): Promise<ReportReadError> {
  const error = await readXlsx(bytes, {}).then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ReportReadError);
  return error as ReportReadError;
}

describe('an .xlsx is read as addressable cells', () => {
  it('reads every sheet by name, formulas as their cached results, each cell with its row label and column header', async () => {
    const read = await readXlsx(fixture('alibaba-fy2022-ghg-and-staff.xlsx'), {});
    expect(read.pages.map((page) => read.text.slice(page.start, page.end).split('\n')[0])).toEqual(['温室气体盘查', '员工']);
    const total = at(read.cells, '温室气体盘查', 'B7');
    expect(total).toMatchObject({ value: 13_249_137, row: 7, column: 2, rowLabel: '合计', columnHeader: '排放量（tCO2e）' });
    expect(read.text.slice(total!.start, total!.end)).toBe('13,249,137');
    const share = at(read.cells, '员工', 'B4');
    expect(share).toMatchObject({ percent: true, rowLabel: '女性员工占比', columnHeader: '数值' });
    expect(share?.value).toBeCloseTo(126_196 / 254_941, 12);
    expect(read.text.slice(share!.start, share!.end)).toBe('49.5%');
  });

  it('lays each row on a line with tabs between its cells, and a label cell has no value', async () => {
    const read = await readXlsx(fixture('cnnic-2020-03-internet-users.xlsx'), {});
    expect(read.text).toContain('Mobile payment users\t765,000,000\t\t85.3%');
    const label = at(read.cells, 'CNNIC 2020-03', 'A8');
    expect(label?.value).toBeUndefined();
    expect(at(read.cells, 'CNNIC 2020-03', 'D8')).toMatchObject({ columnHeader: 'Share of mobile internet users', rowLabel: 'Mobile payment users' });
  });

  it('gives a merged header to every column it spans and names the range it heads; a date is text', async () => {
    const bytes = craftXlsx([
      {
        name: 'Energy',
        rows:
          row(1, text('A1', 'Site'), text('B1', 'Electricity (kWh)')) +
          row(2, text('B2', '2021'), text('C2', '2022')) +
          row(3, text('A3', 'Hangzhou'), number('B3', 1200), number('C3', 1500), number('D3', 44_651, { style: 2 })) +
          row(4, text('A4', 'Total'), number('B4', 1200, { formula: 'SUM(B3)' }), number('C4', 1500, { formula: 'SUM(C3)' })),
        merges: ['B1:C1'],
      },
    ]);
    const read = await readXlsx(bytes, {});
    expect(at(read.cells, 'Energy', 'B1')?.merged).toBe('B1:C1');
    expect(at(read.cells, 'Energy', 'C4')).toMatchObject({ value: 1500, rowLabel: 'Total', columnHeader: '2022' });
    const date = at(read.cells, 'Energy', 'D3');
    expect(date?.value).toBeUndefined();
    expect(read.text.slice(date!.start, date!.end)).toMatch(/2?22/);
  });

  it('takes the header of a merged range for a column under it with no header of its own', async () => {
    const bytes = craftXlsx([
      { name: 'S', rows: row(1, text('A1', 'Scope 1 emissions (tCO2e)')) + row(2, number('A2', 10), number('B2', 20)), merges: ['A1:B1'] },
    ]);
    const read = await readXlsx(bytes, {});
    expect(at(read.cells, 'S', 'B2')?.columnHeader).toBe('Scope 1 emissions (tCO2e)');
  });

  it('refuses a file that is not a ZIP archive, naming what it should be', async () => {
    const error = await refusal(new TextEncoder().encode('Indicator,Value\nUsers,1\n'));
    expect(error.code).toBe('corrupt');
    expect(error.reason).toMatch(/not an Excel workbook/);
  });

  it('refuses a sheet that would unpack to a gigabyte before unpacking it, in the words of a workbook', async () => {
    const bomb = craftZip([{ name: 'xl/worksheets/sheet1.xml', chunk: new TextEncoder().encode(' '.repeat(1024 * 1024)), times: 1024 }]);
    const started = performance.now();
    const error = await refusal(bomb);
    expect(error.code).toBe('too-large');
    expect(error.reason).toBe('its xl/worksheets/sheet1.xml would unpack to 1.0 GB, more than the 32 MB Tickmark reads');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a ZIP that is no workbook as a damaged workbook', async () => {
    const error = await refusal(craftZip([{ name: 'hello.xml', chunk: new TextEncoder().encode('<a/>') }]));
    expect(error.code).toBe('corrupt');
    expect(error.reason).toMatch(/not a valid Excel workbook/);
  });
});
