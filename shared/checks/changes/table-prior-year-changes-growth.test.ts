import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a rate said as growth over a named year in traditional Chinese (`較2022年成長`)', () => {
  it("is the change of the table row the sentence names, from that year's cell", () => {
    const fab = (rate: string) =>
      `2023年太陽光電發電量18,460千度，較2022年成長${rate}%，全數自發自用。\n\n表4-2　綠色電力統計\n指標\t單位\t2021年\t2022年\t2023年\n太陽光電發電量\t千度\t9,820\t14,260\t18,460\n`;
    expect(changes(fab('29.5'))).toMatchObject([{ holds: true }]);
    expect(changes(fab('25.9'))).toMatchObject([{ holds: false, stated: 25.9 }]);
  });
});

describe('a rate said as an improvement (`improved 4.0% to 2.64 m³/t`)', () => {
  it('is checked for its size, whichever way the figure went from the table row\'s year before', () => {
    const mill = (rate: string) =>
      `Water intensity improved ${rate}% to 2.64 m³/t as the new evaporator came on line.\n\nIndicator\tUnit\t2022\t2023\nWater intensity\tm³/t\t2.75\t2.64\nLost time injury frequency rate\tper million hours\t1.32\t1.18\n`;
    expect(changes(mill('4.0'))).toMatchObject([{ holds: true }]);
    expect(changes(mill('6.0'))).toMatchObject([{ holds: false, stated: 6 }]);
  });
});
