import { describe, expect, it } from 'vitest';
import { checkDoc, checksOf } from '../__fixtures__/check-docs';
import { rateChecks } from './rates';

const rates = (text: string) => rateChecks(checkDoc('report.txt', text)).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

const SAFETY =
  'Our people and contractors worked 38.6 million hours in 2023 (2022: 36.9 million). We recorded 97 recordable injuries, giving a total recordable injury frequency rate (TRIFR) of 2.51 per million hours worked, down from 2.87 in 2022. Lost-time injuries fell to 19 from 24, and our lost-time injury frequency rate (LTIFR) was 0.49 (2022: 0.65).';

const TABLE = [
  'Safety performance                      2021        2022        2023',
  'Hours worked (million)                  35.2        36.9        38.6',
  'Recordable injuries                      112         106          97',
  'TRIFR (per million hours)               3.18        2.87        2.51',
  'Lost-time injuries                        27          24          19',
  'LTIFR (per million hours)               0.77        0.65        0.94',
  '',
].join('\n');

describe('injury frequency rates', () => {
  it('hold when injuries of their kind over the hours worked of the paragraph give them', () => {
    expect(rates(SAFETY)).toEqual(['✓ 97 38600000 2.51', '✓ 19 38600000 0.49']);
  });

  it("leave last year's rate alone (`down from 2.87`, `(2022: 0.65)`), whose inputs the text does not give", () => {
    expect(rates(SAFETY).some((c) => / (2\.87|0\.65)$/.test(c))).toBe(false);
  });

  it("are checked in a table's column, one year's rows together, and a digit swap is a mismatch", () => {
    expect(rates(TABLE)).toEqual(
      expect.arrayContaining(['✓ 112 35200000 3.18', '✓ 106 36900000 2.87', '✓ 97 38600000 2.51', '✓ 27 35200000 0.77', '✓ 24 36900000 0.65', '✗ 19 38600000 0.94']),
    );
    expect(rates(TABLE)).toHaveLength(6);
  });

  it('count per 200,000 hours where the report says so', () => {
    expect(rates('Employees worked 4,000,000 hours and had 12 recordable injuries, a TRIR of 0.60 per 200,000 hours worked.')).toEqual(['✓ 12 4000000 0.6']);
  });

  it('are read in Chinese (百万工时损工事故率)', () => {
    expect(rates('2023年，公司员工总工时8,642万小时，发生损工事故14起，百万工时损工事故率0.16。')).toEqual(['✓ 14 86420000 0.16']);
  });

  it('know 损失工时 (lost working hours) as lost time, so a slip in a table of them is a mismatch', () => {
    const table = ['指标\t单位\t2024年\t2023年', '总工时\t百万工时\t86.42\t81.07', '损失工时事故\t起\t14\t19', '损失工时事故率\t起/百万工时\t0.61\t0.23', ''].join('\n');
    expect(rates(table)).toEqual(['✗ 14 86420000 0.61', '✓ 19 81070000 0.23']);
  });

  it('are no mismatch when the rate does not say which injuries it counts', () => {
    expect(rates('Employees worked 4,000,000 hours and 30 injuries were recorded; the injury frequency rate was 9.5.')).toEqual([]);
  });
});

describe('a rate said of the year before after this year\'s, in one sentence', () => {
  it('is no rate of this year\'s inputs (`… and 1.06 in 2022`), the figure now said of 2022', () => {
    const text = 'In 2023 our crews recorded 18 lost-time incidents in 4,120,000 hours worked, a lost-time incident rate (LTIR) of 0.87 per 200,000 hours, against 21 incidents in 3,980,000 hours and 1.06 in 2022.';
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toEqual([]);
  });
});

describe('averages per head', () => {
  it('hold as a total of their own sentence over a head count of the paragraph', () => {
    expect(rates('The Group employed 6,218 staff. Staff completed 148,200 hours of training, an average of 23.8 hours per employee.')).toEqual(['✓ 148200 6218 23.8']);
    expect(rates('2023年，共有员工志愿者4,562人，累计志愿服务时长5.8万小时，人均12.7小时。')).toEqual(['✓ 58000 4562 12.7']);
  });

  it('are never a mismatch: which group of the paragraph an average is over is seldom said', () => {
    expect(rates('本年度共有412名青年骨干入选。全年累计培训时长约86万小时，人均36.1小时。')).toEqual([]);
  });

  it('count people, never person-times', () => {
    expect(rates('参训员工达58,340人次，累计培训504,600小时，人均8.6小时。')).toEqual([]);
  });

  it('count people, never the sessions a sentence counts in other measure words (`场`, whatever its words say of 岗位)', () => {
    expect(rates('全年组织安全及岗位操作培训1,240场，员工培训总时长13.1万小时，人均培训46.0小时。')).toEqual([]);
  });
});

describe('intensities', () => {
  it('hold as emissions over revenue per million of its currency, in the sentence or the paragraph before', () => {
    expect(rates('Our Scope 1 and 2 emissions fell 9.2% year on year, to 119,690 tCO2e. Group revenue of £6,874 million gives an intensity of 17.4 tCO2e per £m, down from 19.8.')).toEqual(['✓ 119690 6874000000 17.4']);
  });

  it('hold as emissions in kt over tonnes of output said earlier in the report', () => {
    const text = 'In 2023 we produced 312,400 tonnes of copper equivalent.\n\nOur operational greenhouse gas emissions were 1,842 kt CO2-e in 2023. Our emissions intensity improved to 5.90 t CO2-e per tonne of copper equivalent.';
    expect(rates(text)).toEqual(['✓ 1842 312400 5.9']);
  });

  it("read a table row's unit column (吨二氧化碳当量/百万元) and take revenue from the text before it", () => {
    const text = [
      '2023年，公司实现营业收入272.66亿元，同比增长18.5%。',
      '',
      '指标\t单位\t2022年\t2023年',
      '温室气体排放总量\t吨二氧化碳当量\t499,000\t529,510',
      '单位营业收入排放强度\t吨二氧化碳当量/百万元\t21.69\t19.42',
      '',
    ].join('\n');
    expect(rates(text)).toEqual(['✓ 529510 27266000000 19.42']);
  });

  it('are never a mismatch: an intensity that no pair of figures before it gives is left alone', () => {
    expect(rates('Group revenue of £6,874 million and emissions of 119,690 tCO2e give an intensity of 21.3 tCO2e per £m.')).toEqual([]);
  });
});

describe('an average said with `each` over the head count a sentence before', () => {
  const text = (average: string) => `At year end we had 2,540 employees, of whom 1,130 were women. Employees received 61,230 hours of training during the year, an average of ${average} hours each.`;

  it('holds, and is a mismatch when the paragraph counts one group and the average\'s sentence names it', () => {
    expect(rates(text('24.1'))).toEqual(['✓ 61230 2540 24.1']);
    expect(rates(text('25.6'))).toEqual(['✗ 61230 2540 25.6']);
  });

  it('is no mismatch over a group its sentence does not name', () => {
    const zh = '本年度共有412名青年骨干入选“青苗计划”。全年累计培训时长86万小时，人均36.1小时。';
    expect(rates(zh)).toEqual([]);
  });
});

describe('an intensity per tonne of product said 吨钢', () => {
  it('holds over the output and the amount before it (新水 over 粗钢)', () => {
    const text = '2023年，公司粗钢产量850.0万吨，同比增长2.1%。全年新水消耗量1,530万立方米，吨钢耗新水1.80立方米。';
    expect(rates(text)).toEqual(['✓ 15300000 8500000 1.8']);
  });
});

describe('intensities per unit of output counted (rates.ts)', () => {
  it('divides by the count of the thing its words say it is per: `单车`, `单件`, `per bed`', () => {
    const cars = (rate: string) => `2023年，公司全年销售整车126.8万辆。\n\n2023年温室气体排放总量151.3万吨二氧化碳当量，单车生产碳排放${rate}吨二氧化碳当量。`;
    expect(rates(cars('1.19'))).toEqual(['✓ 1513000 1268000 1.19']);
    const parcels = '2023年，公司完成快递业务量152.6亿件。2023年温室气体排放总量为386.4万吨二氧化碳当量。单件快递碳排放降至0.253千克二氧化碳当量。';
    expect(rates(parcels)).toEqual(['✓ 3864000 15260000000 0.253']);
    expect(rates('We have 38 hospitals and 4,862 beds.\n\nOur hospitals used 186.4 GWh of energy. Energy use per bed fell to 38.3 MWh.')).toEqual(['✓ 186.4 4862 38.3']);
    // holds only: a rate no pair gives is not reported
    expect(rates(cars('1.29'))).toEqual([]);
  });

  it('divides by the count in the scale its words say it is per: `per million pencils`, `per thousand visitors`', () => {
    const bottles = (rate: string) => `We filled 412.5 million bottles in 2024.\n\nWater use was 1,650,000 m3, or ${rate} m3 per million bottles filled.`;
    expect(rates(bottles('4,000'))).toEqual(['✓ 1650000 412500000 4000']);
    expect(rates('The museums welcomed 2,450,000 visitors. Their waste came to 318.5 tonnes, or 130.0 kg per thousand visitors.')).toEqual(['✓ 318.5 2450000 130']);
    // (`per million` of money stays money: revenue, not a count of it)
    expect(rates(bottles('4,000').replace('million bottles filled', 'million dollars of revenue'))).toEqual([]);
  });

  it('takes no count said as a target, nor a rate said about', () => {
    expect(rates('目标今明两年完成30家门店的光伏项目建设。年发电2,100万度，平均单店每年可节电70万度。')).toEqual([]);
    expect(rates('2023年，公司全年销售整车126.8万辆。\n\n2023年温室气体排放总量151.3万吨二氧化碳当量，单车生产碳排放约1.2吨二氧化碳当量。')).toEqual([]);
  });
});

describe('intensities per student and per square metre', () => {
  const glance = 'At a glance\nStudents (FTE): 28,640\nStaff (FTE): 5,120\n\n';
  const foreword = 'Foreword\nThis year our 28,460 students and 5,120 staff helped us cut Scope 1 and 2 emissions by 8.6% to 21,480\ntCO2e.\n\n';
  const intensities = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => c.message);

  it('are over the count nearest the stated rate of those that hold (21,480 over 28,640 students, not 28,460)', () => {
    expect(intensities(`${glance}${foreword}Scope 1 and 2 emissions per student FTE fell to 0.75 tCO2e (2021/22: 0.84).`)).toEqual(['✓ 21,480 / 28,640 = 0.75']);
  });

  it('read kilograms of waste per student as tonnes over the count (145.2 kg)', () => {
    expect(intensities(`${glance}We generated 4,158 tonnes of waste, or 145.2 kg per student.`)).toEqual(['✓ 4,158,000 / 28,640 = 145.2']);
  });

  it('take the area after the rate in its sentence (33.4 kgCO2e per square metre of our 642,800 m2)', () => {
    expect(intensities(`${foreword}Emissions came to 33.4 kgCO2e per square metre of our 642,800 m2 gross internal area.`)).toEqual(['✓ 21,480,000 / 642,800 = 33.4']);
  });

  it('read electricity per square metre written `千瓦时/平方米` over the floor area its sentence gives', () => {
    const mall = (rate: string) => `三、能源\n\n2024年商场用电量2,316万千瓦时，同比增长2.1%；建筑面积18.6万平方米，单位面积用电量${rate}千瓦时/平方米。`;
    expect(intensities(mall('124.5'))).toEqual(['✓ 23,160,000 / 186,000 = 124.5']);
  });
});

describe('an amount of money per thing counted', () => {
  it('holds over the count of that thing (`revenue per passenger journey was £8.96`, £612.8 million over 68.4 million journeys)', () => {
    const text = 'Year at a glance\nPassenger journeys: 68.4 million\n\nFinancial review\nPassenger revenue rose 13.8% to £612.8 million, and revenue per passenger journey was £8.96.';
    expect(checksOf('ratio', text).filter((c) => c.rule === 'rate.intensity').map((c) => c.message)).toEqual(['✓ 612,800,000 / 68,400,000 = 8.96']);
  });
});

describe('an intensity per cubic metre of a measure (rates.ts)', () => {
  it('divides energy by the volume said before it: `0.189 kWh per m3 of water supplied`, `单位供水电耗0.189千瓦时/立方米`', () => {
    expect(rates('In 2023 the Group supplied 2,864 million m3 of water.\n\nWe used 1,286 GWh of electricity, of which water supply 542 GWh and wastewater treatment 744 GWh, or 0.189 kWh per m3 of water supplied.')).toEqual(['✓ 542 2864000000 0.189']);
    expect(rates('2023年，集团供水量达28.64亿立方米。\n\n2023年，集团耗电量12.86亿千瓦时，其中供水业务5.42亿千瓦时、污水处理业务7.44亿千瓦时；单位供水电耗0.189千瓦时/立方米。')).toEqual(['✓ 542000000 2864000000 0.189']);
  });

  it('says nothing when no volume divides to it', () => {
    expect(rates('In 2023 the Group supplied 2,864 million m3 of water.\n\nWe used 1,286 GWh of electricity, of which water supply 542 GWh, or 0.246 kWh per m3 of water supplied.')).toEqual([]);
  });
});

describe('an intensity whose per-unit is written in its figure (`0.108吨二氧化碳当量/万元`)', () => {
  it('reads the figure\'s own `/万元` as what it is per', () => {
    expect(rates('2023年，公司实现营业收入1,284.6亿元。\n\n2023年，公司温室气体排放总量138.6万吨二氧化碳当量，同比下降2.7%。单位产值温室气体排放0.108吨二氧化碳当量/万元，较上年下降10.0%。')).toEqual(['✓ 1386000 128460000000 0.108']);
  });
});

describe('an intensity row of a KPI table under a sub-heading', () => {
  it('divides the cells of its year\'s column in the other sections of the table (营业收入 under 经济绩效)', () => {
    const kpi = '附录 关键绩效表\n指标\t单位\t2022年\t2023年\n经济绩效\n营业收入\t亿元\t1,191.6\t1,284.6\n环境绩效\n温室气体排放总量\t万吨二氧化碳当量\t142.5\t138.6\n单位产值温室气体排放\t吨二氧化碳当量/万元\t0.120\t0.108\n';
    expect(rates(kpi)).toEqual(['✓ 1425000 119160000000 0.12', '✓ 1386000 128460000000 0.108']);
  });
});
