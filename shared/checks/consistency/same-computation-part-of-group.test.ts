import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const misstated = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.result-stated-otherwise');

describe('a rate said otherwise than its key figures row, worked over a part of its denominator (the wrong group), is that rate misstated', () => {
  it('reads an English rate over one row of the table whose Total is the denominator', () => {
    // a holiday park operator: water per guest night worked over the lodge nights alone
    const text = [
      '1.2 Guest nights',
      'Our parks provided 182,400 guest nights in 2024.',
      '',
      'Table 2: Guest nights by accommodation',
      'Guest nights                       2024       2023  Change (%)',
      'Lodges                           142,600    134,200       +6.3',
      'Touring pitches                   39,800     38,900       +2.3',
      'Total                            182,400    173,100       +5.4',
      '',
      '2.2 Water',
      'Our parks used 12,460 kL of mains water in 2024: 87.4 litres per guest night.',
      '',
      '4. Key figures',
      'Indicator                   Unit                  2024        2023',
      'Guest nights                number             182,400     173,100',
      'Water use                   kL                  12,460      12,020',
      'Water per guest night       litres                68.3        69.4',
    ].join('\n');
    expect(misstated(text)).toMatchObject([{ holds: false, stated: 87.4 }]);
  });

  it('reads a Chinese rate over one row of the table whose 合计 is the denominator', () => {
    // a ski resort operator: energy per skier visit worked over the weekend visits alone
    const text = [
      '（一）接待量',
      '2024年，公司共接待滑雪人次48.60万人次。',
      '',
      '表1  滑雪人次',
      '单位：万人次',
      '类别                         2024年     2023年  同比（%）',
      '周末及节假日                  36.40      33.40      +9.0',
      '工作日                        12.20      11.10      +9.9',
      '合计                          48.60      44.50      +9.2',
      '',
      '（二）能源',
      '2024年公司综合能源消耗8,262吨标准煤，单位滑雪人次综合能耗22.7千克标准煤/人次。',
      '',
      '六、关键绩效表',
      '指标                          单位                         2024年       2023年',
      '滑雪人次                      万人次                        48.60        44.50',
      '综合能源消耗                  吨标准煤                      8,262        7,980',
      '单位滑雪人次综合能耗          千克标准煤/人次                17.0         17.9',
    ].join('\n');
    expect(misstated(text)).toMatchObject([{ holds: false, stated: 22.7 }]);
  });
});
