import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a brewer's managing director restates two key figures in other units of their kind, one of them ten times off
const report = (letter: string) =>
  [
    'From the Managing Director',
    '',
    `Our brewery had its busiest summer yet. ${letter}, and every brew was made with renewable power.`,
    '',
    'Key figures 2024',
    '',
    'Measure                          Unit          2024        2023',
    'Groundwater abstraction          ML           12,860      12,410',
    'Electricity consumption          MWh           3,186       3,052',
    'Energy per hectolitre            kWh           31.86       30.52',
    'Cooling towers make-up           ML            2,418       2,360',
    'Employees                        people          412         398',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds && c.message.includes('scale slip'));

describe('a measure restated in another unit of its kind with its scale slipped (`1.286 million cubic metres of groundwater` of 12,860 ML)', () => {
  it('is a scale slip', () => {
    expect(slips('We drew 1.286 million cubic metres of groundwater')).toHaveLength(1);
    expect(slips('Our brewhouse used 31.86 GWh of electricity')).toHaveLength(1);
  });

  it('in the right scale, or against an intensity of the same digits, it is none', () => {
    expect(slips('We drew 12.86 million cubic metres of groundwater')).toEqual([]);
    expect(slips('Our brewhouse used 3.186 GWh of electricity')).toEqual([]);
  });

  it('for the use a measure went to (`24.18 gigalitres for cooling`), the noun opening its row, is a scale slip', () => {
    expect(slips('In the heat of July we still kept within our licence, with 24.18 gigalitres for cooling')).toHaveLength(1);
    expect(slips('In the heat of July we still kept within our licence, with 2.418 gigalitres for cooling')).toEqual([]);
  });
});
