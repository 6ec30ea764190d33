import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string) => extractFigures(text).map((f) => `${f.value} ${f.unit}`);

describe('块 after a number', () => {
  it('is yuan where its sentence spoke of 块钱 before it, across a PDF wrap too', () => {
    expect(units('以前一斤茶青卖不到十块钱，现在能卖到二十多块。')).toEqual(['10 CNY', '20 CNY']);
    expect(units('还有两个年轻人，花几千块\n\n钱坐飞机到杭州抢劫，结\n\n果一共就只抢到了一千多块，被抓后')).toEqual(['2 个', '1000 CNY', '1000 CNY']);
  });

  it('stays a measure word elsewhere, or in another sentence', () => {
    expect(units('集团已安装太陽能板逾2,400塊。')).toEqual(['2400 块']);
    expect(units('一斤卖十块钱。园区铺设了三百块地砖。')).toEqual(['10 CNY', '300 块']);
  });
});
