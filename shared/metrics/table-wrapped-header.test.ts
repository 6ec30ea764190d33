import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const cell = (text: string, line: string, value: string) => {
  const at = text.indexOf(line);
  const figure = describeFigures(text, extractFigures(text)).find((f) => f.start > at && f.text === value);
  if (at < 0 || !figure) throw new Error(`no ${value} on ${line}`);
  return figure;
};

// A rail operator's data pages as a layout-keeping export gives them: the change column's heading wraps onto a line
// of its own far to the right, and a segment table's header leaves its label column blank while a column past the
// rows' last (`Share of total`) is headed too.
const DATA = [
  'Operating data',
  'Indicator                       Unit               FY2021     FY2022     FY2023     vs. previous',
  '                                                                                    year (%)',
  'Traction emissions              kt CO2e             486.2      501.4      520.8      3.9',
  'Diesel intensity*1              L/1,000 t-km        4.86       4.71       4.52',
].join('\n');

const SEGMENTS = [
  'Revenue by division',
  '(Millions of euros)',
  '                                   FY2022      FY2023      vs. previous     Share of',
  '                                                           year (%)         total (%)',
  'Rail services                      412.6       436.2         5.7             61.3',
  'Logistics                          271.4       275.4         1.5             38.7',
  'Total                              684.0       711.6         4.0',
].join('\n');

describe('a one-space row under a header of years whose last cell wraps onto the next line', () => {
  it('takes the year over its cell past the wrapped `year (%)`', () => {
    expect(cell(DATA, 'Traction emissions', '501.4')).toMatchObject({ period: 'FY2022' });
    expect(cell(DATA, 'Traction emissions', '486.2')).toMatchObject({ period: 'FY2021' });
  });
});

describe('a header of as many cells as the row, its label column blank', () => {
  it('gives a cell the year standing over it, not the header cell of its place', () => {
    expect(cell(SEGMENTS, 'Total   ', '684.0')).toMatchObject({ period: 'FY2022' });
    expect(cell(SEGMENTS, 'Total   ', '711.6')).toMatchObject({ period: 'FY2023' });
  });
});
