import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a retailer's workforce table in Chinese and its English version, in two files: the English age bands' labels end in
// a number (`Aged 55 and over` is `Over 55`) and their unit column follows them
const zh = (over55: string) =>
  [
    '員工數據',
    '',
    '指標                              單位               2023/24        2022/23',
    '僱員總數                          名                  5,216          5,048',
    '新入職僱員                        名                    842            806',
    '新入職率                          %                    16.1           16.0',
    '  25歲以下                        %                    31.8           30.2',
    '  25至55歲                        %                    13.4           13.9',
    `  55歲以上                        %                    ${over55}            6.2`,
    '義工服務時數                      小時                12,480         11,960',
  ].join('\n');

const en = [
  'Workforce data',
  '',
  'Indicator                         Unit               2023/24        2022/23',
  'Total employees                   persons              5,216          5,048',
  'New hires                         persons                842            806',
  'New hire rate                     %                     16.1           16.0',
  '  Under 25                        %                     31.8           30.2',
  '  25-55                           %                     13.4           13.9',
  '  Over 55                         %                      5.8            6.2',
  'Volunteering hours                hours               12,480         11,960',
].join('\n');

const slips = (over55: string) =>
  checksOf('consistency', ['retail-esg-tc.txt', zh(over55)], ['retail-esg-en.txt', en]).filter((c) => !c.holds && c.rule.startsWith('consistency.translation'));

describe('a number closing an English row label, its unit column after it (`Over 55  %`)', () => {
  it('is no figure of the gap: the Chinese cell pairs with the English cell, its digits swapped', () => {
    expect(slips('8.5')).toMatchObject([{ rule: 'consistency.translation-value', figures: [{ value: 8.5 }, { value: 5.8 }] }]);
  });

  it('says nothing when the translation agrees', () => {
    expect(slips('5.8')).toEqual([]);
  });
});
