import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const ofList = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.share-of-list');

describe('a share of a ranked list’s size, the size read from `top N` / `前 N`', () => {
  const open = (share: string) =>
    `2022 年 8 月发布的研究报告中显示，公司在企业贡献 Top10 榜单再次名列第一，其中公司 11 大开源项目上榜中国开源项目 top30 榜单，超过榜单总数 ${share}。`;

  it('holds `11 大开源项目上榜 … top30 榜单，超过榜单总数 1/3` (11 of 30 is 36.7 %, over a third)', () => {
    expect(ofList(open('1/3'))).toMatchObject([{ holds: true, figures: [{ value: 11, role: 'numerator' }, { value: 30, role: 'denominator' }, { role: 'result' }] }]);
  });

  it('calls `超过榜单总数 1/2` a mismatch (11 of 30 is not over a half)', () => {
    expect(ofList(open('1/2'))).toMatchObject([{ holds: false, figures: [{ value: 11 }, { value: 30 }, { value: 50 }] }]);
  });

  it('reads English: `12 of our funds made the Top 50 list, more than 20% of the list`', () => {
    const text = (share: string) => `In 2023, 12 of our funds made the Top 50 list of sustainable funds, more than ${share}% of the list.`;
    expect(ofList(text('20'))).toMatchObject([{ holds: true, figures: [{ value: 12 }, { value: 50 }, { value: 20 }] }]);
    expect(ofList(text('30'))).toMatchObject([{ holds: false }]);
  });

  it('says nothing when the share’s whole is not the list, or no count joins the list', () => {
    expect(ofList('公司 5 个项目入选前 100 名创新榜单，营业收入占比 30%。')).toEqual([]);
    expect(ofList('公司在 Top10 榜单再次名列第一，研发人员占员工总数的 40%。')).toEqual([]);
    expect(ofList('The index covers the top 30 companies; women hold 35% of the list’s board seats and 12 directors are independent.')).toEqual([]);
  });
});
