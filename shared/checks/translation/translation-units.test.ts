import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';
import { translationDimension, translationFactor } from './translation-units';

describe('units a report\'s two languages name differently', () => {
  it('read 天 and days, 小时 and hours, 斤 and kilos as one measure each (a 斤 half a kilogram)', () => {
    expect(translationDimension({ unit: '天' })).toBe(translationDimension({ unit: 'days' }));
    expect(translationDimension({ unit: '小时' })).toBe(translationDimension({ unit: 'hours' }));
    expect(translationDimension({ unit: 'jin' })).toBe(translationDimension({ unit: 'kilos' }));
    expect(translationFactor({ unit: 'jin' })).toBe(0.5);
    expect(translationDimension({ unit: 'hours' })).not.toBe(translationDimension({ unit: 'days' }));
  });

  // a report's Chinese and its English in two files
  const zh = (days: string, jin: string) =>
    `2017 年 4 月 18 日，公司和首批 15 家联盟成员成立无现金联盟，服务 86 万家商户。距离进入无现金社会还有 ${days}。他第一天从水产市场进了 ${jin}小龙虾，全年收入 27,460 元。`;
  const en = (days: string, kilos: string) =>
    `On April 18, 2017, the Company and 15 other partners launched the Cashless Alliance, serving 860,000 merchants. We still have ${days} to a cashless society. On his first day he bought ${kilos} of langoustines, and earned RMB27,460 in the year.`;
  const slips = (zhDays: string, zhJin: string, enDays: string, enKilos: string) =>
    checksOf('consistency', ['r-zh.txt', zh(zhDays, zhJin)], ['r-en.txt', en(enDays, enKilos)]).filter((c) => !c.holds);

  it('say nothing where the translation converts the unit (50 斤 / 25 kilos, 1777 天 / 1,777 days)', () => {
    expect(slips('1777 天', '50 斤', '1,777 days', '25 kilos')).toEqual([]);
  });

  it('flag a count of 斤 kept as kilos (50 斤 / 50 kilos) and a changed digit in days (1777 天 / 1,717 days)', () => {
    expect(slips('1777 天', '50 斤', '1,717 days', '50 kilos')).toMatchObject([
      { rule: 'consistency.translation-value', figures: [{ value: 1777 }, { value: 1717 }] },
      { rule: 'consistency.translation-unit', figures: [{ value: 50 }, { value: 50 }] },
    ]);
  });
});
