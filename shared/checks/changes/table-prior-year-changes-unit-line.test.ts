import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changeColumn = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.change-column');

describe('a total row is named by its caption above the line of its unit (`单位：万元`, `(EUR thousand)`)', () => {
  it('reads a Chinese rate said the other way than the total row\'s change cell', () => {
    // a logistics park operator's 致辞 and its revenue table, a line of the unit between the caption and the header
    const text = [
      '2024年，公司实现营业收入5.26亿元，同比增长2.4%。',
      '',
      '表3  营业收入构成',
      '单位：万元',
      '业务                       2024年     2023年  同比（%）',
      '仓储服务                   31,420     32,860       -4.4',
      '园区租赁                   21,180     21,040       +0.7',
      '合计                       52,600     53,900       -2.4',
    ].join('\n');
    expect(changeColumn(text)).toMatchObject([{ holds: false, figures: [{ value: 2.4 }, { value: -2.4 }] }]);
  });

  it('reads an English rate said the other way than the total row\'s change cell', () => {
    // a bus operator's report: the text's revenue rate and its table in EUR thousand, the unit on a line of its own
    const text = [
      'Revenue rose 3.1% to EUR 48.6 million as school contracts ended.',
      '',
      'Table 2: Revenue by service',
      '(EUR thousand)',
      'Service                     2024       2023  Change (%)',
      'Scheduled routes          31,240     32,560        -4.1',
      'Private hire              17,360     17,600        -1.4',
      'Total                     48,600     50,160        -3.1',
    ].join('\n');
    expect(changeColumn(text)).toMatchObject([{ holds: false, figures: [{ value: 3.1 }, { value: -3.1 }] }]);
  });
});
