import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figures = (text: string): Array<[string, number, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('Chinese words around a number', () => {
  it('a container is a measure word, as 箱 and 瓶 are', () => {
    expect(figures('100 元钱能买两桶油，捐赠了 30 罐奶粉和 12 盒药品。')).toEqual([
      ['100 元', 100, 'CNY'],
      ['两桶', 2, '桶'],
      ['30 罐', 30, '罐'],
      ['12 盒', 12, '盒'],
    ]);
  });

  it('the solar terms of the traditional calendar are a name, in digits or in words', () => {
    expect(figures('根据24节气推出时令菜，二十四节气各有新品，共 36 款菜品。')).toEqual([['36 款', 36, '款']]);
  });
});

describe('two bare scales each said twice', () => {
  it('is a vague count at the scale they make together, as 亿万 is at its larger', () => {
    expect(extractFigures('正在于千千万万中小微企业和亿万消费者共同建设。').map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['千千万万', 1e7, '中小微企业', 'over'],
      ['亿万', 1e8, '消费者', 'over'],
    ]);
  });
  it('leaves the idioms that count nothing', () => {
    expect(extractFigures('走进千家万户，千军万马。')).toEqual([]);
  });
});

describe('万一 and 千万 as adverbs', () => {
  it('count nothing: in case, by no means', () => {
    expect(figures('万一出了问题，你千万不要慌，千万别挂断。')).toEqual([]);
  });
  it('leave the numbers they stand inside', () => {
    expect(figures('捐赠三万一千元，服务两千万的用户，覆盖上千万商户')).toEqual([
      ['三万一千元', 31000, 'CNY'],
      ['两千万', 2e7, '用户'],
      ['千万商户', 1e7, '商户'],
    ]);
  });
});

describe('a century', () => {
  it('is a date, no figure', () => {
    expect(figures('21世纪是数字化的世纪，二十一世纪初')).toEqual([]);
  });
});
