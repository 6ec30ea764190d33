import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a bullet of a list `其中：` opens', () => {
  const report = [
    '董事长致辞',
    '2023年，公司普惠保险项目服务超过15万人次，惠及偏远地区群众。',
    '',
    ...Array.from({ length: 4 }, () => '公司坚持以人民为中心的发展思想，持续完善普惠金融服务体系。'),
    '',
    '第六章 普惠保险',
    '2023年，公司联合地方政府开展普惠保险项目，全年服务超过15万人次，赔付金额2.46亿元。其中：',
    '● 农村留守儿童普惠保险项目服务11.26万人次；',
    '● 新市民普惠保险项目服务2.48万人次；',
    '● 其他普惠保险项目服务1.52万人次。',
  ].join('\n');

  it('is a part of the whole before it: no restatement of the whole said elsewhere (`超过15万人次` against `11.26万人次`)', () => {
    expect(checksOf('consistency', report).filter((c) => !c.holds)).toEqual([]);
  });
});
