import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a bank\'s year-end ratio with its points said against the start of the year (`较年初下降`)', () => {
  const report = (points: string) =>
    `截至2023年末，本行不良贷款率0.98%，较年初下降${points}个百分点；拨备覆盖率312.46%，较年初提升18.24个百分点。\n\n主要监管指标\n指标\t单位\t2021年\t2022年\t2023年\n不良贷款率\t%\t1.12\t1.05\t0.98\n拨备覆盖率\t%\t276.18\t294.22\t312.46\n`;
  const against = (points: string) => checksOf('change', report(points)).filter((c) => c.rule === 'change.percentage-points-against-table');

  it('sets the points against the row\'s cell of the year before (1.05 -> 0.98 is 0.07 points)', () => {
    expect(against('0.07')).toMatchObject([{ holds: true, stated: 0.07 }, { holds: true, stated: 18.24 }]);
    expect(against('0.17')).toMatchObject([{ holds: false, stated: 0.17 }, { holds: true, stated: 18.24 }]);
  });
});
