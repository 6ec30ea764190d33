import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const inputs = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.intensity')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

const table = (of2022: string) =>
  '2023年，公司出货电芯1,264.8万件（2022年：1,086.2万件）。\n\n表3　能源使用\n' +
  '指标                         单位             2022年        2023年\n' +
  '用电量                       千度            412,600       448,200\n' +
  `单位产品用电量               度/件             ${of2022}          35.4\n`;

describe('an intensity in 度 per piece in a table column', () => {
  it('divides the kWh of its column (`度/件` over 千度) by the pieces of its year, last year’s from the text’s bracket', () => {
    expect(inputs(table('38.0'))).toEqual(
      expect.arrayContaining([
        [true, [412_600_000, 10_862_000, 38]],
        [true, [448_200_000, 12_648_000, 35.4]],
      ]),
    );
  });

  it('reports last year’s cell whose two digits are swapped against that bracket', () => {
    expect(inputs(table('83.0'))).toContainEqual([false, [412_600_000, 10_862_000, 83]]);
  });
});
