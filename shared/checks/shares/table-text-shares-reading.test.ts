import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'ratio.table-cell-of-text-total';
const ofRule = (text: string) => checksOf('ratio', text).filter((c) => c.rule === RULE);

/** A staff table by qualification, highest first, under a sentence of its master's degrees or above and their share. */
const qualifications = (share: string) => `The Group had 8,420 employees at 31 March 2024. 3,072 employees hold a master's degree or above ${share}.

Table 6  Employees by highest qualification
Qualification              Employees       Share (%)
PhD                               214           2.5
Master's                        2,858          33.9
Bachelor's                      3,964          47.1
Diploma and below               1,384          16.4
Total                           8,420         100.0
`;

describe('shares of a text total read from its table', () => {
  it('adds the rows above a row `or above` names when its table runs from the highest down', () => {
    const text = qualifications('(36.5%)');
    expect(ofRule(text).map((c) => c.message)).toEqual(['✓ (214 + 2,858) / 8,420 = 36.5 %']);
  });

  it('leaves a share to the amount of another measure its sentence states before it', () => {
    const text = `We manage 18,640 homes across the region.

Table 2  Homes by tenure
                                2023/24
Social rent                      11,920
Affordable rent                   4,260
Shared ownership                  2,460
Total                            18,640

Rental income rose 6.8% to £142.4m in the year, with social rent homes contributing 61.4%.
`;
    expect(ofRule(text)).toEqual([]);
  });

  it('reads a text total\'s breakdown down to its table\'s total row when rows of another kind follow it', () => {
    const text = (intensity: string) => `表2  温室气体排放
                                                单位：万吨二氧化碳当量
指标                            2023年        2022年
范围一                           18.64         17.92
范围二                           52.30         49.86
合计                             70.94         67.78
${intensity}

2023年，公司范围一和范围二温室气体排放合计70.94万吨二氧化碳当量。范围一排放主要来自燃气锅炉，占排放总量的27.3%。
`;
    expect(ofRule(text('排放强度（吨二氧化碳当量/万元）   0.82          0.86')).map((c) => c.message)).toEqual(['✗ 18.64 / 70.94 = 26.3 %, stated 27.3 %']);
  });

  it('leaves the miss of a share in brackets after its own count to that count', () => {
    expect(ofRule(qualifications('(37.2%)'))).toEqual([]);
  });
});
