import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe('几 after the tens of a Chinese numeral', () => {
  it('is their units digit: more than the tens, before the scale', () => {
    expect(figures('4年多来，已有十几亿人次参与；服务二十几万家企业，覆盖三十几个城市，他来过杭州十几次。')).toEqual([
      ['十几亿人次', 1e9, '人次', 'over'],
      ['二十几万家', 200000, '家', 'over'],
      ['三十几个', 30, '个', 'over'],
      ['十几次', 10, '次', 'over'],
    ]);
  });
  it('leaves ages and framing years as they were', () => {
    expect(figures('二十几岁的青年，十几年来')).toEqual([]);
  });
});

describe('根 and 把 as measure words', () => {
  it('count fingers, guitars and the like; 一根 and 一把 stay articles', () => {
    expect(figures('仅剩左手两根手指能动，插一根树枝。800 万把吉他，把大山深处的贫困村“弹成”了淘宝村，是一把钥匙')).toEqual([
      ['两根', 2, '根', 'exact'],
      ['800 万把', 8e6, '把', 'exact'],
    ]);
  });
});

describe('a bare 半 after 过, 超, 逾 or 近', () => {
  it('is half, a share, as 半数 is', () => {
    expect(figures('员工人数过半，过半数用户满意，女性占比近半。')).toEqual([
      ['半', 50, '%', 'over'],
      ['半数', 50, '%', 'over'],
      ['半', 50, '%', 'nearly'],
    ]);
  });
  it('not half a year, a semiconductor or half a day', () => {
    expect(figures('超过半年，半导体，忙了半天')).toEqual([]);
  });
});

describe('台套, sets of equipment', () => {
  it('is one measure word, not 台 with 套 left over', () => {
    expect(figures('年内淘汰落后电机等高耗能设备三十余台套，新增检测设备12台。')).toEqual([
      ['三十余台套', 30, '台套', 'over'],
      ['12台', 12, '台', 'exact'],
    ]);
  });
});

describe('成 after a numeral a share qualifier opens', () => {
  it('is tenths even where 成为 or 成员 could be read (近五成为女性, 逾三成员工)', () => {
    expect(figures('管理人员中近五成为女性，逾三成员工拥有硕士学位，约两成為外籍。')).toEqual([
      ['五成', 50, '%', 'nearly'],
      ['三成', 30, '%', 'over'],
      ['两成', 20, '%', 'about'],
    ]);
  });
  it('leaves 成为 and 成员 alone without one', () => {
    expect(figures('项目组五成员到场，专家成为顾问。')).toEqual([]);
  });
});

describe('对 counting pairs, and 线上 / 线下 inside a counted noun', () => {
  it('reads 对 as a measure word after a number, a vague hundreds too; not in 一对一 or 1对1', () => {
    expect(figures('每年更有数百对新人举行集体婚礼，其中12对夫妻为同事。')).toEqual([
      ['数百对', 100, '对', 'over'],
      ['12对', 12, '对', 'exact'],
    ]);
    expect(figures('开展一对一帮扶，1对1辅导5名学生。')).toEqual([['5名', 5, '名', 'exact']]);
  });
  it('ends the noun after 大 before 线上 (online), which may still open one', () => {
    expect(figures('带动四大产业线上增益。')).toEqual([['四大', 4, '产业', 'exact']]);
    expect(figures('平台已有300万线上商户。')).toEqual([['300万', 3_000_000, '线上商户', 'exact']]);
  });
});
