import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const consistency = (text: string) => checksOf('consistency', text);

// a brewer's report: the section states its water intensity in a unit over a unit, the key table in its row's unit column
const report = (said: string) =>
  [
    '二、环境',
    '',
    `2024年公司取水量86.4万立方米，较上年的82.1万立方米增长5.2%；单位产品取水量${said}立方米/`,
    '千升。公司持续推进中水回用，全年回用中水12.3万立方米。',
    '',
    '关键绩效表',
    '',
    '指标                    单位                2024年      2023年',
    '取水量                  万立方米              86.4        82.1',
    '啤酒产量                万千升                26.5        24.9',
    '单位产品取水量          立方米/千升           3.26        3.30',
  ].join('\n');

describe('an intensity in a unit over a unit (`3.62立方米/千升`) is of the kind its table row\'s unit column says', () => {
  it('is flagged against the key table\'s cell of that unit', () => {
    expect(consistency(report('3.62')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 3.62 }, { value: 3.26 }] }]);
  });

  it('holds when it agrees with the cell', () => {
    const checks = consistency(report('3.26'));
    expect(checks.filter((c) => !c.holds)).toEqual([]);
    expect(checks.some((c) => c.figures.some((f) => f.value === 3.26 && f.role === 'mention') && c.figures.length === 2)).toBe(true);
  });
});

// a bus operator's report: the section says its intensity per something in words, with its numerator's unit alone
const perInWords = (said: string) =>
  [
    '二、环境',
    '',
    `2024年公司柴油消耗4,860吨，较上年的5,020吨下降3.2%；单位营运里程柴油消耗${said}千克。`,
    '',
    '关键绩效表',
    '',
    '指标                      单位                2024年      2023年',
    '柴油消耗                  吨                   4,860       5,020',
    '营运里程                  万公里               1,620       1,610',
    '单位营运里程柴油消耗      千克/公里             0.300       0.312',
  ].join('\n');

describe('an intensity said per something in words with its numerator\'s unit alone (`单位营运里程柴油消耗0.312千克`)', () => {
  it('is of the unit its named row\'s column says, and flagged against the row\'s cell', () => {
    expect(consistency(perInWords('0.312')).filter((c) => !c.holds)).toMatchObject([{ rule: 'consistency.same-metric', figures: [{ value: 0.312 }, { value: 0.3 }] }]);
  });

  it('holds when it agrees with the cell', () => {
    expect(consistency(perInWords('0.300')).filter((c) => !c.holds)).toEqual([]);
  });
});

// a hotel group's report: the intensity follows its total in a sentence of its own, opened by a word pointing back; the key
// table's row names it `… per thousand guest nights`, its scale word part of the label, not a unit column
const pointedBack = (said: string) =>
  [
    '3. Water',
    '',
    'We withdrew 412,600 m3 of water in 2024, 3.1% less than in 2023. This is ' + said + ' m3 per thousand guest nights.',
    '',
    'Key figures',
    '',
    'Indicator                          Unit          2024        2023',
    'Water withdrawn                    m3         412,600     425,800',
    'Guest nights                       thousand     1,852       1,806',
    'Water per thousand guest nights    m3           222.8       235.8',
  ].join('\n');

describe('an intensity after `This is`, against a key-table row whose label says `per thousand …`', () => {
  it('is flagged when its value is not the row\'s', () => {
    expect(consistency(pointedBack('245.1')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 245.1 }, { value: 222.8 }] }]);
  });

  it('holds when it is', () => {
    expect(consistency(pointedBack('222.8')).filter((c) => !c.holds)).toEqual([]);
  });
});

// a bakery chain's report: the intensity said per something in words with its numerator's unit alone, the key table's row in a
// unit over a unit, its label in fewer words than the sentence's subject
const englishPerInWords = (said: string) =>
  [
    '2. Energy',
    '',
    `Energy per tonne of bread baked was ${said} kWh in 2024, as two ovens were replaced.`,
    '',
    'Key figures',
    '',
    'Indicator                            Unit          2024        2023',
    'Energy used                          MWh         9,612       9,880',
    'Energy per tonne baked               kWh/t         312.4       327.1',
  ].join('\n');

describe('an English intensity said per something in words, with its numerator\'s unit alone', () => {
  it('is of the kind of the key table\'s row whose label its words hold, and flagged against its cell', () => {
    expect(consistency(englishPerInWords('334.0')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 334 }, { value: 312.4 }] }]);
  });

  it('holds when it agrees with the cell', () => {
    expect(consistency(englishPerInWords('312.4')).filter((c) => !c.holds)).toEqual([]);
  });
});

// a steelmaker's report: an intensity per tonne said by its label's own words (`吨钢耗水量`), its numerator's unit alone, no
// per-word (`单位`, `每`, `人均`) opening it; the key table's row of that label in a unit over a unit
const perTonneLabel = (said: string) =>
  [
    '二、环境',
    '',
    `2024年公司新水取用量1,862万立方米，吨钢耗水量${said}立方米，较上年下降2.1%。`,
    '',
    '关键绩效表',
    '',
    '指标                    单位                2024年      2023年',
    '新水取用量              万立方米            1,862       1,914',
    '吨钢耗水量              立方米/吨            2.74        2.80',
  ].join('\n');

describe('a Chinese intensity named by its row\'s label with no per-word, its unit the row\'s numerator', () => {
  it('is of the row\'s unit over a unit, and flagged against its cell', () => {
    expect(consistency(perTonneLabel('2.96')).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 2.96 }, { value: 2.74 }] }]);
  });

  it('holds when it agrees with the cell', () => {
    expect(consistency(perTonneLabel('2.74')).filter((c) => !c.holds)).toEqual([]);
  });
});
