import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const described = (text: string) => describeFigures(text, extractFigures(text));
const cell = (text: string, line: string, value: string) => {
  const at = text.indexOf(line);
  const figure = described(text).find((f) => f.start > at && f.text === value);
  if (at < 0 || !figure) throw new Error(`no ${value} on ${line}`);
  return figure;
};

// A data section as a layout-keeping PDF export gives it: a header whose change column wraps onto a
// second line, a sub-heading over a group of rows set in under it, rows after the group at the margin.
const DATA = [
  'Environmental indicators',
  'Indicator                       Unit            FY2022     FY2023     change vs.',
  '                                                                     prior year (%)',
  'Energy consumption              GWh            4,812.6    4,655.2        -3.3',
  'Energy consumption by site',
  '  Ludwigshafen plant            GWh            3,120.4    3,046.8        -2.4',
  '  Antwerp plant                 GWh            1,692.2    1,608.4        -5.0',
  'Water withdrawal                thousand m³     18,420     17,964        -2.5',
  'Hazardous waste recycled        %                 71.2       74.8',
  '',
  'Social indicators',
  'Indicator                       Unit            FY2022     FY2023     change vs.',
  '                                                                     prior year',
  'Employees                       persons         28,412     29,106       +694',
  'Women in leadership             %                 24.6       26.1   +1.5 points',
].join('\n');

describe("a space-aligned row with a unit cell or a change cell takes the year standing over its cell", () => {
  it("under a header whose change column wraps onto a second line (`prior year (%)` under `change vs.`)", () => {
    expect(cell(DATA, 'Energy consumption     ', '4,655.2')).toMatchObject({ period: 'FY2023' });
    expect(cell(DATA, 'Energy consumption     ', '4,812.6')).toMatchObject({ period: 'FY2022' });
  });

  it("after a sub-heading whose rows are set in under it, for a row at the margin after that group", () => {
    expect(cell(DATA, 'Water withdrawal', '17,964')).toMatchObject({ metric: expect.stringMatching(/^Water withdrawal/), period: 'FY2023' });
    expect(cell(DATA, 'Hazardous waste recycled', '71.2')).toMatchObject({ metric: 'Hazardous waste recycled', period: 'FY2022' });
  });

  it('with a signed change in its last cell (`persons … +694`, `+1.5 points`)', () => {
    expect(cell(DATA, 'Employees', '29,106')).toMatchObject({ metric: 'Employees', period: 'FY2023' });
    expect(cell(DATA, 'Employees', '28,412')).toMatchObject({ metric: 'Employees', period: 'FY2022' });
    expect(cell(DATA, 'Women in leadership', '24.6')).toMatchObject({ metric: 'Women in leadership', period: 'FY2022' });
  });
});
