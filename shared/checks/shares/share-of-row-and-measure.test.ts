import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, share: number) => checksOf('ratio', text).filter((c) => c.figures.some((f) => f.value === share)).map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)]);

describe('a share whose whole is named as a row of a table and the table\'s measure', () => {
  it('is of that row (`占物业清洁服务收入的`, the row `物业清洁服务` under `营业收入构成`), not of the larger figure before it', () => {
    const text =
      '2024年公司实现营业收入52,000万元，同比增长6.1%。物业清洁服务仍是主要业务，收入24,600万元，同比增长7.3%；医院保洁收入6,240万元，占物业清洁服务收入的12.0%，同比增长18.2%。\n\n' +
      '表2  营业收入构成（单位：万元）\n' +
      '业务类别                      2024年     2023年\n' +
      '物业清洁服务                  24,600     22,930\n' +
      '  其中：医院保洁               6,240      5,280\n' +
      '园林绿化养护                  17,400     16,800\n' +
      '外墙与高空作业                10,000      9,280\n' +
      '营业收入合计                  52,000     49,010\n';
    expect(shareOf(text, 12.0)).toContainEqual([false, [6_240 * 1e4, 24_600 * 1e4, 12.0]]);
  });

  it('is of that row in English (`of grounds maintenance revenue`, the row under `Revenue by service`)', () => {
    const text =
      'Revenue for 2024 was £41.0 million. Grounds maintenance remained our largest service; sports pitch contracts brought in £4.92 million, or 12.0% of grounds maintenance revenue.\n\n' +
      'Table 1  Revenue by service (£ million)\n' +
      'Service                                2024      2023\n' +
      'Grounds maintenance                    18.50     17.20\n' +
      '  of which sports pitches               4.92      4.10\n' +
      'Tree surgery                           12.30     11.60\n' +
      'Winter gritting                        10.20      9.40\n' +
      'Total revenue                          41.00     38.20\n';
    expect(shareOf(text, 12.0)).toContainEqual([false, [4.92e6, 18.5e6, 12.0]]);
  });
});
