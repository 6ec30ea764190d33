// A textile maker's report in Chinese and its English translation, in two files: each chairman's letter gives the
// year's electricity use (the Chinese one as the test writes it: the year's 8,420 or, slipped, the year before's
// 8,780), the English letter says it in another order, the energy section gives both years in each language, and
// with `keyTable` a key figures table gives both years again.

const ZH_KEY_TABLE = [
  '',
  '关键绩效表',
  '',
  '指标                  单位              2024年      2023年',
  '营业收入              亿元               48.60       45.76',
  '用电量                万千瓦时           8,420       8,780',
  '光伏发电量            万千瓦时           1,260         640',
];
const EN_KEY_TABLE = [
  '',
  'Key performance indicators',
  '',
  'Indicator              Unit                 2024        2023',
  'Revenue                RMB billion          4.860       4.576',
  'Electricity use        MWh                 84,200      87,800',
  'Solar generation       MWh                 12,600       6,400',
];

export const textileZh = (letter: string, keyTable = false): string =>
  [
    '董事长致辞',
    '',
    `2024年，公司实现营业收入48.60亿元，同比增长6.2%。我们在南通工厂建成屋顶光伏，全年用电量${letter}万千瓦时，同比下降4.1%；单位产品能耗同比下降5.0%。`,
    '',
    '二、环境',
    '',
    '（一）能源',
    '',
    '2024年公司用电量8,420万千瓦时，较上年的8,780万千瓦时下降4.1%，其中光伏发电1,260万千瓦时，占用电量的15.0%。',
    ...(keyTable ? ZH_KEY_TABLE : []),
  ].join('\n');

export const textileEn = (keyTable = false): string =>
  [
    "Chairman's letter",
    '',
    'In 2024 revenue grew 6.2% to RMB4.860 billion. We built rooftop solar at the Nantong plant. Electricity use fell 4.1% to',
    '84.2 million kWh, and energy per unit of product fell 5.0%.',
    '',
    '2. Environment',
    '',
    '2.1 Energy',
    '',
    'Electricity use was 84,200 MWh in 2024, down 4.1% from 87,800 MWh; solar generated 12,600 MWh, 15.0% of the total.',
    ...(keyTable ? EN_KEY_TABLE : []),
  ].join('\n');
