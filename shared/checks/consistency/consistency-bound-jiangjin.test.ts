import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a logistics firm's Chinese report: the letter rounds its fleet with 将近 (nearly), a section states it exactly
const report = (letter: string) => [`致辞`, '', `2024年，${letter}，服务网络覆盖全省。`, '', '二、运营概况', '', '截至2024年末，公司运营冷链车辆3,046辆，较上年增加212辆。'].join('\n');

const mismatches = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('`将近` before a figure is a bound (nearly), not the `将` of a plan', () => {
  it('turned against the exact figure, is flagged', () => {
    expect(mismatches('公司运营冷链车辆将近3,000辆')).toHaveLength(1);
  });

  it('said right, holds; and `将` of a plan restates nothing', () => {
    expect(mismatches('公司运营冷链车辆将近3,050辆')).toEqual([]);
    expect(mismatches('公司将于2026年运营冷链车辆3,400辆')).toEqual([]);
  });
});
