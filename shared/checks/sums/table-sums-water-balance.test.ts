import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const balances = (text: string) => checksOf('sum', text).filter((c) => c.rule.startsWith('sum.table-water-balance'));

describe('a water table\'s balance: withdrawal = discharge + consumption', () => {
  const rows = (consumption: string) =>
    `Water management\nIndicator\tUnit\t2022\t2023\nFreshwater withdrawal\tmegalitres\t1,286.4\t1,342.8\nWastewater discharge\tmegalitres\t842.6\t868.2\nWater consumption\tmegalitres\t443.8\t${consumption}\nWithdrawal per tonne of product\tm³/t\t2.84\t2.71\n`;

  it('adds discharge and consumption up to withdrawal down each year\'s column (another rule may say it first)', () => {
    expect(checksOf('sum', rows('474.6')).map((c) => [c.holds, c.stated])).toEqual([
      [true, 1_286.4],
      [true, 1_342.8],
    ]);
  });

  it('calls a miss one slip of a digit explains a mismatch (`447.6` for `474.6`), and says nothing of another miss', () => {
    expect(balances(rows('447.6'))).toMatchObject([{ holds: false, expected: expect.closeTo(1_315.8, 6), stated: 1_342.8 }, { holds: true }]);
    expect(balances(rows('512.0')).filter((c) => !c.holds)).toEqual([]);
  });

  it('balances each row under columns headed so, a space-aligned header over the sites', () => {
    const table = (discharge: string) =>
      `Water by site, 2023 (megalitres)\nSite                 Withdrawal     Discharge     Consumption\nPort Kembla               4,862         3,214           1,648\nWhyalla                   2,146         ${discharge}             918\n`;
    expect(balances(table('1,228')).map((c) => c.holds)).toEqual([true, true]);
    expect(balances(table('1,282'))).toMatchObject([{ holds: false, stated: 2_146 }, { holds: true }]);
  });

  it('reads no energy consumption or intake intensity as the water\'s', () => {
    const table = 'Indicator\tUnit\t2023\nWater withdrawal\tML\t4,862\nWater discharge\tML\t3,214\nEnergy consumption\tML\t1,648\nWater intake intensity\tML\t2.1\n';
    expect(balances(table)).toEqual([]);
  });
});
