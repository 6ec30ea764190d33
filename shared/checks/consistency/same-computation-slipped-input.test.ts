import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const overSlipped = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.over-slipped-input');

describe('a rate said beside one of its inputs said with its scale slipped is worked over that figure too', () => {
  it('reads a Chinese rate in the sentence of an amount slipped tenfold', () => {
    // a printing company's energy paragraph and its 关键绩效表
    const text = [
      '（一）能源消耗',
      '2024年公司综合能源消耗1.862万吨标准煤，单位营业收入综合能耗15.2千克标准煤/万元，上年为16.0千克标准煤/万元。',
      '',
      '六、关键绩效表',
      '指标                          单位                         2024年       2023年',
      '营业收入                      万元                       122,500     118,400',
      '综合能源消耗                  吨标准煤                     1,862       1,894',
      '单位营业收入综合能耗          千克标准煤/万元               15.2        16.0',
    ].join('\n');
    const [check] = overSlipped(text);
    expect(check).toMatchObject({ holds: false, stated: 15.2 });
    expect(check!.figures.slice(0, 2)).toMatchObject([{ text: '1.862万吨标准煤', role: 'numerator' }, { text: '122,500', role: 'denominator' }]);
  });

  it('reads an English rate in the sentence of an amount slipped tenfold', () => {
    // a supermarket chain's energy paragraph and its key figures
    const text = [
      '2.1 Energy',
      'Our stores used 48,620 MWh of energy in 2024, or 21.4 kWh per square metre of sales floor.',
      '',
      '4. Key figures',
      'Indicator                      Unit                  2024        2023',
      'Energy use                     MWh                  4,862       5,010',
      'Sales floor area               m2                 227,200     224,600',
      'Energy per square metre        kWh                   21.4        22.3',
    ].join('\n');
    expect(overSlipped(text)).toMatchObject([{ holds: false, stated: 21.4 }]);
  });
});
