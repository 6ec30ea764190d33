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

// A ferry operator's data page: a group's heading stands flush left within the table, its rows indented under it.
const GROUPED = [
  'Fleet data',
  'Indicator                       Unit               FY2021     FY2022     FY2023     vs. previous',
  '                                                                                    year (%)',
  'Fuel oil consumed               kt                  118.4      121.9      116.2      △4.7',
  'Passengers by route group',
  '  Island routes                 thousand            2,846      2,912      3,034      4.2',
  '  Coastal routes                thousand            1,408      1,377      1,351      △1.9',
  'Fuel intensity*1                kg/1,000 pax-km      31.6       30.8       29.5',
].join('\n');

describe('rows under a group heading within a table of years', () => {
  it('takes the year over the cell in the group and after it', () => {
    expect(cell(GROUPED, 'Coastal routes', '1,377')).toMatchObject({ period: 'FY2022' });
    expect(cell(GROUPED, 'Fuel intensity', '30.8')).toMatchObject({ period: 'FY2022' });
    expect(cell(GROUPED, 'Fuel intensity', '31.6')).toMatchObject({ period: 'FY2021' });
  });

  it("takes the group's heading into the label and its scope", () => {
    const emissions = ['Table 2  Emissions (t CO2e)', '                         FY24      FY23', 'Scope 1', '  Harbour depot           412.6     438.1', 'Scope 2 (location-based)', '  Harbour depot           96.2      101.8'].join('\n');
    expect(cell(emissions, 'Harbour depot', '412.6')).toMatchObject({ metric: 'Scope 1 Harbour depot', period: 'FY24', scope: 'scope 1' });
    expect(cell(emissions, 'Harbour depot           96.2', '101.8')).toMatchObject({ period: 'FY23', scope: 'scope 2' });
    expect(cell(GROUPED, 'Coastal routes', '1,377').metric).toMatch(/^Passengers by route group Coastal routes/);
  });

  it('reads a line of running text over indented lines as no heading', () => {
    const rows = (line: string) => ['Indicator      Unit     FY2022     FY2023', 'Fuel oil consumed      kt     121.9     116.2', line, '  Island routes      t CO2e     2,912     3,034'].join('\n');
    expect(cell(rows('Passengers by route group'), 'Island routes', '2,912')).toMatchObject({ period: 'FY2022' });
    expect(cell(rows('Our island routes carried more passengers than ever, as'), 'Island routes', '2,912').period).toBeUndefined();
    expect(cell(rows('Passengers grew on the island routes.'), 'Island routes', '2,912').period).toBeUndefined();
  });
});

describe('a header of as many cells as the row, its label column blank', () => {
  it('gives a cell the year standing over it, not the header cell of its place', () => {
    expect(cell(SEGMENTS, 'Total   ', '684.0')).toMatchObject({ period: 'FY2022' });
    expect(cell(SEGMENTS, 'Total   ', '711.6')).toMatchObject({ period: 'FY2023' });
  });
});
