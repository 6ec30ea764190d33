import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a Chinese share of a whole said with its owner before the total\'s own name', () => {
  // `占数据中心总机柜数的` of `总机柜数为12,486个`: `数据中心` says whose the total is, not another whole
  const text = (whole: string, share: string) =>
    `一、我们的网络\n\n本集团在华南运营九座数据中心，${whole}为12,486个。\n\n表1  数据中心\n数据中心    机柜数（个）\n广州一号     4,212\n广州二号     8,274\n合计        12,486\n\n` +
    `液冷机柜增至3,862个，占数据中心总机柜数的${share}%（2023年：21.4%）。\n`;

  it('is the total said before by its own name', () => {
    expect(shareOf(text('总机柜数', '30.9'), 30.9)).toEqual([[true, [3_862, 12_486, 30.9]]]);
    expect(shareOf(text('总机柜数', '38.6'), 38.6)).toEqual([[false, [3_862, 12_486, 38.6]]]);
  });

  it('is no figure of a name the whole does not end with', () => {
    expect(shareOf(text('总机位数', '38.6'), 38.6)).toEqual([]);
  });
});
