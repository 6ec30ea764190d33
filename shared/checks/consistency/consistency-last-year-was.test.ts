import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// `，上年为33.0吨`, `（上年为1,240万元）`: the year before's figure said after words that say so is no restatement of this year's.

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

describe("a figure said as the year before's after 上年为", () => {
  it("is no slip of this year's figure beside it, its digits swapped (`每百名学员综合能耗18.6吨，上年为16.8吨`)", () => {
    expect(mismatches('2024年，学院综合能耗1,860吨标准煤，每百名学员综合能耗18.6吨，上年为16.8吨。\n')).toEqual([]);
  });

  it("is no stale figure of the table row whose year before it restates (`短期课程收入1,280万元（上年为1,060万元）`)", () => {
    const text =
      '学院全年培训收入3,420万元，包括短期课程收入1,280万元（上年为1,060万元）、学历教育收入2,140万元。\n\n' +
      '表1：培训收入（单位：万元）\n\n项目                 2024年      2023年\n短期课程收入          1,280       1,060\n学历教育收入          2,140       2,020\n合计                  3,420       3,080\n';
    expect(mismatches(text)).toEqual([]);
  });

  it("leaves a figure said as this year's to disagree (`短期课程收入1,060万元`, the row's 2023 cell)", () => {
    const text =
      '学院全年培训收入3,420万元，包括短期课程收入1,060万元、学历教育收入2,140万元。\n\n' +
      '表1：培训收入（单位：万元）\n\n项目                 2024年      2023年\n短期课程收入          1,280       1,060\n学历教育收入          2,140       2,020\n合计                  3,420       3,080\n';
    expect(mismatches(text).length).toBeGreaterThan(0);
  });
});
