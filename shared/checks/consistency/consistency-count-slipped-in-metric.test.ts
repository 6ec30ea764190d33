import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (letter: string) =>
  [
    '董事长致辞',
    `我们持续推进“助学行动”，向乡村学校捐赠课桌椅${letter}，覆盖全省642所学校。`,
    '',
    '一、经营概况',
    '报告期内，公司坚持稳中求进，主营业务保持平稳，新产品线顺利投产，渠道建设持续推进，产品结构不断优化。',
    '公司加强成本管控，推动数字化转型，完善内部控制体系，提升运营效率，为股东创造长期稳定的回报。',
    '公司持续加大研发投入，推进产学研合作，完善知识产权管理，新产品贡献持续提升，核心竞争力进一步增强。',
    '公司深化安全生产责任制，开展隐患排查治理，全年未发生重大安全事故，员工职业健康得到有效保障。',
    '',
    '二、环境保护',
    '公司严格遵守环境保护法律法规，持续推进节能降耗，优化能源结构，扩大清洁能源使用，全年未发生环境污染事件。',
    '公司推进绿色采购，要求主要供应商通过环境管理体系认证，并在新建项目中同步设计和建设环保设施。',
    '',
    '三、员工发展',
    '公司完善薪酬福利体系，畅通职业发展通道，开展多层次培训，关心员工身心健康，保障员工合法权益。',
    '公司坚持平等雇佣，反对任何形式的歧视，持续改善工作环境，员工满意度调查结果较上年有所提升。',
    '',
    '五、社区公益',
    '全年公益投入1,850万元。其中“助学行动”向乡村学校捐赠课桌椅47.2万套，价值1,260万元。',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a count restated with its scale slipped, one metric said within the other\'s words (`捐赠课桌椅472万套`, `…捐赠课桌椅47.2万套`)', () => {
  it('is one count written twice, ten times apart', () => {
    expect(slips(report('472万套'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 4_720_000 }, { value: 472_000 }] }]);
  });

  it('agrees when the letter says the section\'s count', () => {
    expect(slips(report('47.2万套'))).toEqual([]);
  });

  it('reads no slip of two digits (`12万套`, `1.2万套` may be two things)', () => {
    expect(slips(report('472万套').replace('472万套', '12万套').replace('47.2万套', '1.2万套'))).toEqual([]);
  });
});
