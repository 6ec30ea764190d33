import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { skipGapAcrossWrap } from './line-wrap';

const figure = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  return extractFigures(text).find((f) => f.start <= at && at < f.end);
};

/** Where the scale or unit of the number `num` in `text` would be read from. */
const afterNumber = (text: string, num: string): string => {
  const start = text.indexOf(num);
  return text.slice(skipGapAcrossWrap(text, start, start + num.length)).slice(0, 2);
};

describe('a number ending a line of Chinese prose wrapped with blank lines between', () => {
  it('takes the scale word and the unit that start the next line, across a blank line', () => {
    const text = '这样的尝试，提高了扶贫效率。截至 2017 年 5 月\n\n5 日，共赔付 1731 件，理赔总计近 640\n\n万元。';
    const f = figure(text, '640');
    expect(f).toMatchObject({ value: 6_400_000, unit: 'CNY', qualifier: 'nearly' });
    expect(text.slice(f!.start, f!.end)).toBe('640\n\n万元');
  });

  it('takes a scale on the very next line and a measure word after it', () => {
    expect(figure('蚂蚁金服公益平台累计募捐超过9.67\n亿元。平台通过大数据', '9.67')).toMatchObject({ value: 967_000_000, unit: 'CNY', qualifier: 'over' });
    expect(figure('与公益机构合作，为广西柳州 30\n\n个家庭贫困的自闭症儿童', '30')).toMatchObject({ value: 30, unit: '个' });
  });

  it('reads on after a closing bracket of the prose too', () => {
    expect(figure('阿里云在计算、存储、网络和安全（必备）四\n\n项核心评比中均获最高分。', '四')).toMatchObject({ value: 4, unit: '项' });
  });

  it('so that an age or a generation on the next line is no figure', () => {
    expect(figure('是由上述这位生命定格在 33\n\n岁的男性捐献。', '33')).toBeUndefined();
    expect(figure('药的问题怎么解决？这位 90\n\n后做了一个让家乡', '90')).toBeUndefined();
  });

  it('does not read on from a label, a table row or a number alone on its line', () => {
    // an English label before the number: a bilingual table's row
    expect(afterNumber('员工构成\n女性 Female 2563\n\n男性 Male 2431', '2563')).toBe('\n\n');
    // too little Chinese before it to be prose
    expect(afterNumber('城市 357\n\n具体项目', '357')).toBe('\n\n');
    // a column gap before it: a cell of a row
    expect(afterNumber('数据中心总用电量（万千瓦时）  640\n\n万元收入', '640')).toBe('\n\n');
    // a paragraph's end: two blank lines
    expect(afterNumber('平台上的商家累计达到了 640\n\n\n万元以上的项目', '640')).toBe('\n\n');
  });

  it('does not read on into a line in English or digits', () => {
    expect(afterNumber('蚂蚁金服公益平台累计募捐超过 640\n\nmillion', '640')).toBe('\n\n');
    expect(afterNumber('蚂蚁金服公益平台累计募捐超过 640\n\n2017年', '640')).toBe('\n\n');
  });

  it('keeps a Chinese qualifier that ends the line before it, across the blank line', () => {
    expect(figure('但是，根据调查，这些人群中只有不到\n\n15% 的人群觉得目前的水平足够好。', '15%')).toMatchObject({ value: 15, qualifier: 'under' });
    expect(figure('他饲养的芦花鸡超过\n\n1500 只，平均每天产蛋 1000 多枚。', '1500')).toMatchObject({ value: 1500, qualifier: 'over' });
  });

  it('but not an English line\'s last words, which may be another column\'s', () => {
    expect(figure('Frequency of leaving\nhome decreased at least\n\n600 million users\n\n25 million users', '600')).toMatchObject({ value: 6e8, qualifier: 'exact' });
  });
});

describe('a unit the wrap cuts between its characters', () => {
  const prose = '我们承诺向员工提供一个健康、安全的\n\n工作场所，2016 年工伤的数\n\n据为 0.86%, 因工伤损失小时数 920 小\n\n时。我们';
  it('is read whole across the blank line', () => {
    expect(figure(prose, '920')).toMatchObject({ text: '920 小\n\n时', value: 920, unit: '小时' });
    expect(figure('小时候我很穷，一个月只赚几千块\n\n钱，后来开了网店。', '几千')).toMatchObject({ value: 1000, unit: 'CNY' });
  });
  it('is not read from a table row', () => {
    expect(figure('损失\t920 小\n\n时', '920')).toBeUndefined();
  });
});
