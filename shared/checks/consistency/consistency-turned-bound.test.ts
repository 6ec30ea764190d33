import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy cooperative's report: the chair's round bound on a share, the section's exact share and the key figures' row
const report = (bound: string, exact: string) =>
  [
    "Chair's letter",
    '',
    `Our members kept improving herd welfare this year, and ${bound} of the milk we collected came from farms audited under the welfare code.`,
    'We thank every family farm for the work behind that figure, in a year of drought in the south.',
    '',
    '2. Farms and milk',
    '',
    'The cooperative collected 1,286.4 million litres from 2,140 member farms across four regions.',
    'Audits under the welfare code now cover most of our members, and the field team visited every farm at least twice.',
    `Milk from audited farms reached 842.7 million litres, ${exact}% of all milk collected.`,
    '',
    'Key figures                         Unit        2024        2023',
    `Milk from welfare-audited farms     %           ${exact}        61.8`,
    'Member farms                        number      2,140       2,196',
    '',
  ].join('\n');

const turned = (bound: string, exact: string) =>
  checksOf('consistency', report(bound, exact)).filter((c) => !c.holds && c.figures.some((f) => f.value === Number(exact)) && c.figures.some((f) => f.text.includes(bound.replace(/\D+/g, ''))));

describe('a round bound on a share against the exact share just on its wrong side', () => {
  it('flags `more than 66%` against an exact 65.5%', () => {
    expect(turned('more than 66%', '65.5')).not.toEqual([]);
  });

  it('flags `nearly 65%` against an exact 65.5%', () => {
    expect(turned('nearly 65%', '65.5')).not.toEqual([]);
  });

  it('holds a bound the exact share bears out', () => {
    expect(turned('more than 65%', '65.5')).toEqual([]);
  });

  it('pairs no exact share too far from the bound to be its rounding', () => {
    expect(turned('more than 70%', '65.5')).toEqual([]);
  });
});

describe('a round bound on a count against the exact count just on its wrong side', () => {
  // a water utility's report: the letter's round count of households, the section's exact one, last year's beside it
  const utility = (bound: string) =>
    `董事长致辞\n\n本年度，公司新增供水管网86公里，居民用户${bound}，水质综合合格率保持100%。\n\n二、供水服务\n\n截至2024年末，公司城乡一体化供水居民用户118.6万户，较上年末的112.9万户增长5.0%。`;
  const turnedCount = (bound: string) => checksOf('consistency', utility(bound)).filter((c) => !c.holds && c.figures.some((f) => f.value === 1_186_000));

  it('flags 超过120万户 against an exact 118.6万户', () => {
    expect(turnedCount('超过120万户').map((c) => c.figures.map((f) => f.value))).toEqual([[1_200_000, 1_186_000]]);
  });

  it('holds 近120万户, which the exact count bears out', () => {
    expect(turnedCount('近120万户')).toEqual([]);
  });
});

describe('a Chinese bound with its noun after the measure word and the exact count with its noun before it', () => {
  // a medical-device maker's R&D section: the opening bound and the running total a line later, one paragraph
  const rd = (bound: string) =>
    `三、研发创新\n\n公司现已拥有${bound}有效专利，覆盖影像、监护及体外诊断等领域。2024年新增有效专利214件，其中发明专利96件；截至2024年末，公司累计有效专利1,482件，其中发明专利538件。`;
  const turnedCount = (bound: string) => checksOf('consistency', rd(bound)).filter((c) => !c.holds && c.figures.some((f) => f.value === 1_482));

  it('flags 超1,500件 against 累计有效专利1,482件 beside it', () => {
    expect(turnedCount('超1,500件').map((c) => c.figures.map((f) => f.value))).toEqual([[1_500, 1_482]]);
  });

  it('holds 近1,500件, which the count bears out', () => {
    expect(turnedCount('近1,500件')).toEqual([]);
  });
});

describe('an exact share appended to the count before it', () => {
  // a bus operator's report: the letter bounds the battery share, the fleet section appends the exact share to a count
  const fleet = (bound: string, tail: string) =>
    [
      "Managing Director's letter",
      '',
      `In 2024 our depots ran 4,120 buses, 2.1% more than in 2023, and ${bound} of them were powered by batteries. We thank our drivers.`,
      '',
      '3. Fleet',
      '',
      `Battery buses now serve 302 routes in the city. ${tail}`,
      '',
    ].join('\n');
  const turned = (bound: string, tail: string) => checksOf('consistency', fleet(bound, tail)).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

  it('reads the clause leading to the count as the share’s part (`Batteries powered 1,296 buses, 31.5% of the total`)', () => {
    expect(turned('more than 32%', 'Batteries powered 1,296 buses, 31.5% of the total.')).toEqual([[32, 31.5]]);
    expect(turned('nearly 32%', 'Batteries powered 1,296 buses, 31.5% of the total.')).toEqual([]);
  });

  it('reads past the count a share’s own words take in (`1,296 of them electric (31.5%`)', () => {
    const text = [
      "Managing Director's letter",
      '',
      'Of our 4,120 buses, more than 32% are electric, most of them on airport and hospital routes.',
      '',
      '3. Fleet',
      '',
      'At the end of 2024 we ran 4,120 buses, 1,296 of them electric (31.5%, up 4.2 percentage points from 27.3%).',
    ].join('\n');
    expect(checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[32, 31.5]]);
  });
});

describe('a text figure and a key-table cell written with the very same digits', () => {
  // an aquaculture company's report: the letter's bound, the section's exact area, the key table's row in other words
  const farms = (bound: string) =>
    [
      '董事长致辞',
      '',
      `本年度，公司自有及合作养殖基地${bound}，带动周边农户增收。`,
      '',
      '二、基地建设',
      '',
      '2024年，公司自有及合作养殖基地14.82万亩（2023年：14.10万亩），新建标准化池塘36个。',
      '',
      '关键绩效表',
      '指标                      单位       2024年        2023年',
      '养殖基地面积               万亩       14.82         14.10',
      '营业收入                  亿元       38.62         35.10',
    ].join('\n');

  it('are one figure, the table named with the bound the text turns', () => {
    expect(checksOf('consistency', farms('超过15万亩')).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value))).toEqual([[150_000, 148_200, 148_200]]);
  });

  it('hold with a bound they bear out', () => {
    expect(checksOf('consistency', farms('近15万亩')).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('a round bound on an area against the exact area a section says covers it', () => {
  // a winery's report: the letter's round bound on rain-fed vineyards, the section's exact area after `covered`
  const estates = (bound: string) =>
    [
      "Chief Executive's letter",
      '',
      `Our estates span 12,480 hectares, of which ${bound} hectares are rain-fed vineyards. We thank our growers for a difficult vintage.`,
      '',
      '3. Vineyards',
      '',
      'At harvest our estates spanned 12,480 hectares in three valleys. Rain-fed vineyards covered 4,860 hectares, 38.9% of the total.',
      '',
    ].join('\n');
  const turned = (bound: string) => checksOf('consistency', estates(bound)).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

  it('flags `more than 4,900` against 4,860', () => {
    expect(turned('more than 4,900')).toEqual([[4_900, 4_860]]);
  });

  it('holds `nearly 4,900`, which the exact area bears out', () => {
    expect(turned('nearly 4,900')).toEqual([]);
  });
});

describe('a Chinese rate bounded after its change word against the exact rate of its amount', () => {
  // a logistics group's report: the letter bounds cold-chain revenue's growth, the section and its table give it exactly
  const report = (bound: string) =>
    [
      '董事长致辞',
      '',
      `2024年，集团实现营业收入86.40亿元，同比增长6.2%。冷链物流收入6.12亿元，同比增长${bound}；城配收入12.80亿元，同比增长8.5%。`,
      '',
      '一、经营业绩',
      '',
      '2024年，集团实现营业收入864,000万元，较上年的813,600万元增长6.2%。其中冷链物流收入61,240万元，较上年的51,380万元增长19.2%，占营业收入的7.1%。',
      '',
      '表1：营业收入按业务划分（单位：万元）',
      '',
      '业务                        2024年      2023年     同比（%）',
      '城配                       128,000     118,000        +8.5',
      '冷链物流                    61,240      51,380       +19.2',
      '合计                       864,000     813,600        +6.2',
      '',
      '表2：货运量（单位：万吨）',
      '',
      '业务                        2024年      2023年     同比（%）',
      '城配                        412.6       398.2         +3.6',
      '冷链物流                     38.5        30.8        +25.0',
      '',
    ].join('\n');
  const turned = (bound: string) => checksOf('consistency', report(bound)).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

  it('flags `超过20%` against the section’s 19.2% and the table’s +19.2', () => {
    expect(turned('超过20%')).toEqual([[20, 19.2, 19.2]]);
  });

  it('holds `近20%`, which the exact rate bears out, and pairs no rate of the amount with the tonnage’s (+25.0)', () => {
    expect(turned('近20%')).toEqual([]);
  });
});

// a flour mill's report: the letter's round bound on what the company milled, said by its verb, and the section's exact output
const mill = (bound: string) =>
  [
    'A word from our managing director',
    '',
    `Demand for bread flour held up well, and in 2024 we milled ${bound} tonnes of wheat at our two mills.`,
    '',
    '1. Our mills',
    '',
    'We milled 184.6 thousand tonnes of wheat and rye in 2024, 3.1% more than in 2023, and sold 141.2 thousand tonnes of flour.',
    '',
  ].join('\n');

const turnedMass = (bound: string) => checksOf('consistency', mill(bound)).filter((c) => !c.holds && c.figures.some((f) => f.value === 184_600) && c.figures.some((f) => f.text.includes(bound.split(' ').at(-2)!)));

describe('a round bound on a mass said by the company`s verb, against the exact mass on its wrong side', () => {
  it('flags `nearly 180 thousand` against 184.6 thousand tonnes milled', () => {
    expect(turnedMass('nearly 180 thousand')).not.toEqual([]);
  });

  it('holds `more than 180 thousand`, which the exact mass bears out', () => {
    expect(turnedMass('more than 180 thousand')).toEqual([]);
  });
});
