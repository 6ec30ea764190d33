import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columns = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.rate-column');

const utility = (sentence: string, change: string) =>
  `Environment\n${sentence}\n\nTable 3  Environmental measures     2023        2022        Change\nWater abstraction (Ml)             48,620      51,840      -6.2%\nWaste to landfill (tonnes)          3,150       3,600      ${change}\n`;

describe('a rate the text states, stated again in its table row`s change or share column', () => {
  it('flags a change the text misstates against the row`s change column, which gives the change its cells make (words that do not name the row)', () => {
    expect(columns(utility('Leak repairs cut the water we take from rivers by 7.4% to 48,620 Ml.', '-12.5%'))).toMatchObject([{ kind: 'consistency', holds: false, figures: [{ value: 7.4 }, { value: -6.2 }] }]);
  });

  it('flags a change column that disagrees with the text`s change, which its cells give (a change said by its amount too)', () => {
    expect(columns(utility('We sent 3,150 tonnes of waste to landfill, down 450 tonnes or 12.5% on 2022.', '-15.2%'))).toMatchObject([{ holds: false, figures: [{ value: 12.5 }, { value: -15.2 }] }]);
  });

  it('is silent when the column says the text`s change, and when the row`s old value is not the one changed from', () => {
    expect(columns(utility('We sent 3,150 tonnes of waste to landfill, down 450 tonnes or 12.5% on 2022.', '-12.5%'))).toEqual([]);
    expect(columns(`Waste to landfill fell 12.5% to 3,150 tonnes, from 3,600 tonnes.\n\nSite          2023     2021    Change\nNorth        3,150    3,420     -7.9%\n`)).toEqual([]);
  });

  it('flags a Chinese share against the row`s share column when that column gives the share its cells make', () => {
    const zh = `报告期内，公司实现营业收入1,048.6亿元，其中海外业务收入186.2亿元，占营业收入的16.8%。\n\n表2 营业收入构成\n| 地区 | 2023年（亿元） | 占比（%） |\n| 国内 | 862.4 | 82.2 |\n| 海外 | 186.2 | 17.8 |\n| 合计 | 1,048.6 | 100.0 |\n`;
    expect(columns(zh)).toMatchObject([{ holds: false, figures: [{ value: 16.8 }, { value: 17.8 }] }]);
    expect(columns(zh.replace('占营业收入的16.8%', '占营业收入的17.8%'))).toEqual([]);
  });
});

describe('a share said just after its amount, which a table row gives as that amount over another of its cells', () => {
  const segments = (share: string, column = 'Green share (%)') =>
    `Green revenue\nGreen revenue of RMB 1,862 million accounted for ${share} of the segment's revenue in 2023.\n\nSegment     Revenue (RMB million)     Green revenue (RMB million)     ${column}\nPower       4,286                     1,862                           43.4\nGrid        2,914                       628                           21.6\n`;

  it('flags the sentence`s share against the row`s, which is 1,862 over 4,286', () => {
    expect(columns(segments('41.2%'))).toMatchObject([{ kind: 'consistency', holds: false, figures: [{ value: 41.2 }, { value: 43.4 }] }]);
  });

  it('is silent when they agree, and when the row`s percentage is no share of its cells', () => {
    expect(columns(segments('43.4%'))).toEqual([]);
    expect(columns(segments('41.2%').replace('43.4', '-5.1').replace('21.6', '3.2'))).toEqual([]);
  });
});
