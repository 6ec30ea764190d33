import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a cold-chain logistics firm's report: the letter states the year's parcels, the section the same count with who delivered them
const report = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司全年配送生鲜包裹${letter}，冷链网络覆盖全省。`,
    '',
    '这一年，我们在县域市场补齐了最后一公里的短板，新建前置仓和社区自提点，让农户的果蔬更快走上城市居民的餐桌。我们也经历了',
    '夏季持续高温和台风带来的考验，一线员工坚守岗位，保障了民生物资的稳定供应。在此，我谨代表董事会向全体员工、合作伙伴和',
    '客户表示衷心的感谢。展望未来，我们将坚持绿色冷链的发展方向，推动制冷设备更新换代，持续降低单位货量的能源消耗，并与上下游',
    '伙伴一道，建设更加安全、高效、低碳的城乡冷链物流体系，为乡村振兴和消费升级贡献力量。',
    '',
    '关于本报告',
    '',
    '本报告是公司发布的第三份环境、社会及治理报告，报告期为2024年1月1日至12月31日，部分内容追溯至以前年度。报告范围涵盖公司',
    '总部及全部仓储中心和配送站点，与公司年度报告的合并范围一致。报告中的财务数据来自经审计的财务报表，其他数据来自公司内部',
    '统计系统和各业务单元的台账。如无特别说明，报告中的金额均以人民币计。读者可通过公司官方网站获取本报告的电子版本。',
    '',
    '一、经营情况',
    '',
    '2024年公司四个仓储中心共配送生鲜包裹52.6万件，较上年的47.9万件增长9.8%。',
  ].join('\n');

const slips = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe('a count whose metric is said whole in a longer one (`配送生鲜包裹` in `四个仓储中心共配送生鲜包裹`), its scale slipped', () => {
  it('is flagged against the longer statement of three digits alike, a power of ten apart', () => {
    expect(slips(report('526万件'))).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 5_260_000 }, { value: 526_000 }] }]);
  });

  it('pairs nothing when the digits differ or agree', () => {
    expect(slips(report('52.6万件'))).toEqual([]);
    expect(slips(report('318万件'))).toEqual([]);
  });
});
