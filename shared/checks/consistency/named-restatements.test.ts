import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (...texts: string[]) => checksOf('consistency', ...texts).filter((c) => !c.holds);

describe("a programme's number said bare in one place and qualified in another", () => {
  const zh = (first: string) =>
    [
      `- 助力公益机构提高效率。「码上公益」成为连接公益组织和${first}名程序员的科技志愿者服务平台。`,
      '2017年，我们的员工建立了志愿者服务平台——“码上公益”，将有技术需求的公益组织与有技术能力的程序员对接。截至到报告发布日，共计6,000多名爱心极客投入其中。',
    ].join('\n\n');

  it('flags 6000 名程序员 against 6,000 多名爱心极客 of one quoted programme, whatever the noun', () => {
    expect(mismatches(zh('6000'))).toMatchObject([{ rule: 'consistency.opposite-qualifiers', figures: [{ value: 6000 }, { value: 6000 }] }]);
    expect(mismatches(zh('6000多'))).toEqual([]);
  });

  const en = (second: string) =>
    [
      'Just in 2019, over 500 million users of Ant Forest contributed to cutting carbon emission of 245,000 tons via more than 10 paperless scenarios.',
      'Goal 13\n(climate action)',
      `Alipay's Ant Forest enables ${second} people to live a low-carbon life and cope with global warming.`,
    ].join('\n\n');

  it('flags over 500 million users of Ant Forest against a bare 500 million people of Ant Forest', () => {
    expect(mismatches(en('500 million'))).toMatchObject([{ figures: [{ value: 500_000_000 }, { value: 500_000_000 }] }]);
    expect(mismatches(en('over 500 million'))).toEqual([]);
  });

  it('says a claim once when it is stated three times', () => {
    const thrice = `${zh('6000')}\n\n- 员工自发建立技术志愿服务平台“码上公益”，共计 **6,000 多** 名爱心极客参与。`;
    expect(mismatches(thrice)).toHaveLength(1);
  });

  it('pairs nothing that names no programme in common, or counts other things', () => {
    const other = 'Just in 2019, over 500 million users of Ant Forest joined.\n\nOur wealth platform Yu Ebao serves 500 million people.';
    expect(mismatches(other)).toEqual([]);
    const things = '「码上公益」帮助了 330 家公益机构。\n\n“码上公益”已有 330 多名志愿者参与。';
    expect(mismatches(things)).toEqual([]);
  });
});
