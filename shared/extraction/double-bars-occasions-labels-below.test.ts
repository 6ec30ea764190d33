import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// Held-out batch 49's misses and false figures, and KNOWN_WRONG's `220`, each as a rule over any text of its kind.

const figures = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier] as const);

describe('a table drawn in double bars (`║`, as Word exports give it)', () => {
  it('parts its cells as `│` does: a unit column and a unit in the header\'s first cell scale them', () => {
    const text = [
      '╔══════════════╦══════════╦══════════╦══════════╗',
      '║ 指标         ║  单位    ║  2022年  ║  2023年  ║',
      '╠══════════════╬══════════╬══════════╬══════════╣',
      '║ 生猪出栏量   ║  万头    ║  6,120.1 ║  6,381.6 ║',
      '║ 营业收入     ║  亿元    ║  1,248.3 ║  1,108.6 ║',
      '╚══════════════╩══════════╩══════════╩══════════╝',
      '',
      '║ 温室气体排放（万吨二氧化碳当量） ║ 2022年 ║ 2023年 ║',
      '║ 范围一                           ║  312.6 ║  301.4 ║',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['6,120.1', 61201000, '头', 'exact'],
      ['6,381.6', 63816000, '头', 'exact'],
      ['1,248.3', 124830000000, 'CNY', 'exact'],
      ['1,108.6', 110860000000, 'CNY', 'exact'],
      ['312.6', 3126000, 'tCO2e', 'exact'],
      ['301.4', 3014000, 'tCO2e', 'exact'],
    ]);
  });
});

describe('a measure word with 次', () => {
  it('counts occasions, as 人次 does, in text and in a column\'s header', () => {
    const text = [
      '日均全程交通量达4.72万辆次，惠及车辆186.4万辆次。',
      '路段名称      日均交通量（万辆次）   通行费收入（亿元）',
      '宁沪段            12.86                31.52',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['4.72万辆次', 47200, '辆次', 'exact'],
      ['186.4万辆次', 1864000, '辆次', 'exact'],
      ['12.86', 128600, '辆次', 'exact'],
      ['31.52', 3152000000, 'CNY', 'exact'],
    ]);
  });

  it('stays a measure word where the two make another word', () => {
    expect(figures('发现3个次要缺陷。')).toEqual([['3个', 3, '个', 'exact']]);
  });
});

describe('the Gulf\'s currency codes, gas in standard cubic feet, a flow per day', () => {
  it('read as currencies and units, in text and in a row\'s label', () => {
    const text = [
      'Net income was SAR 1,986 million, or SAR 0.66 per share, and flare gas recovery saved 3,450 MMSCF of gas.',
      '',
      'Key figures                          2023        2022',
      'Revenue (SAR million)             141,537     183,734',
      'Feedstock gas (MMSCF per day)       2,146       2,212',
      'Total production (boe/d)          412,600     389,300',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['SAR 1,986 million', 1986000000, 'SAR', 'exact'],
      ['SAR 0.66', 0.66, 'SAR', 'exact'],
      ['3,450 MMSCF', 3450, 'MMSCF', 'exact'],
      ['141,537', 141537000000, 'SAR', 'exact'],
      ['183,734', 183734000000, 'SAR', 'exact'],
      ['2,146', 2146, 'MMSCF', 'exact'],
      ['2,212', 2212, 'MMSCF', 'exact'],
      ['412,600', 412600, 'boe', 'exact'],
      ['389,300', 389300, 'boe', 'exact'],
    ]);
  });
});

describe('a mass and the gas it is of', () => {
  it('read across `of` after a symbol and after metric tons, a line\'s wrap between', () => {
    expect(figures('The plant captured 482,000 metric\ntons of CO2 and will store up to 12 Mt of CO2 a year.')).toEqual([
      ['482,000 metric\ntons of CO2', 482000, 'tCO2', 'exact'],
      ['12 Mt of CO2', 12, 'MtCO2', 'up_to'],
    ]);
  });

  it('keeps its tonnes where a weighing basis follows in a unit column (`tonnes GWT`)', () => {
    const text = ['Indicator            Unit            2023      2022', 'Harvest volume       tonnes GWT   412,300   400,100'].join('\n');
    expect(figures(text)).toEqual([
      ['412,300', 412300, 't', 'exact'],
      ['400,100', 400100, 't', 'exact'],
    ]);
  });
});

describe('the size of a limit a result is judged against', () => {
  it('is no figure where a relative clause says who allows it', () => {
    expect(figures('Our farming regions stayed below the 0.5 adult female lice per fish that the authorities allow in spring.')).toEqual([]);
  });

  it('stays one where the company allows itself the level', () => {
    expect(figures('Our losses were below the 6% that we allow ourselves.')).toEqual([['6%', 6, '%', 'exact']]);
  });
});

describe('a count after `the` whose noun is of a named whole', () => {
  it('says how many the whole has, no reference back', () => {
    expect(figures('As one of the six companies of the Pathways Alliance, we share a plan. The two people mentioned above left.')).toEqual([
      ['six', 6, 'companies', 'exact'],
    ]);
  });
});

describe('a label below its figure, no blank line between', () => {
  it('is read when it opens with an abbreviation in capitals and an ampersand', () => {
    expect(figures('  186,400\n  inpatient admissions\n  412,750\n  A&E attendances across our 4 emergency departments        2\n')).toEqual([
      ['186,400', 186400, 'inpatient admissions', 'exact'],
      ['412,750', 412750, 'A&E attendances', 'exact'],
      ['4', 4, 'emergency departments', 'exact'],
      ['2', 2, '', 'exact'],
    ]);
  });

  it('keeps modifiers joined by `and` before its plural noun (`Indigenous-owned and affiliated suppliers`)', () => {
    expect(figures('2023 AT A GLANCE\n1,146\nIndigenous-owned and affiliated suppliers engaged\n')).toEqual([
      ['1,146', 1146, 'Indigenous-owned and affiliated suppliers', 'exact'],
    ]);
  });

  it('lends its figure\'s unit to an earlier period\'s value in its column, other columns\' text on the lines between', () => {
    const text = [
      '    318                               84                                 7.9',
      '                                                                         kgCO2e',
      '    hotels with a green               of them certified                  per occupied room',
      '    building certification            Gold or Platinum                   (2019: 11.4)',
    ].join('\n');
    expect(figures(text).find((f) => f[0] === '11.4')).toEqual(['11.4', 11.4, 'kgCO2e', 'exact']);
  });

  it('lends its figure\'s unit to an earlier period\'s value in brackets after it', () => {
    expect(figures('58.4 kg CO2e/boe\noil sands emissions intensity (2022: 60.9)\n')).toEqual([
      ['58.4 kg CO2e/boe', 58.4, 'kgCO2e', 'exact'],
      ['60.9', 60.9, 'kgCO2e', 'exact'],
    ]);
  });
});

describe('a part of a count after the count\'s share in brackets', () => {
  it('counts what the count counted (`1,384 (23.4%) were women and 418 self-identified`)', () => {
    expect(figures('We employed 5,912 people, of whom 1,384 (23.4%) were women and 418 self-identified as Indigenous.')).toEqual([
      ['5,912', 5912, 'people', 'exact'],
      ['1,384', 1384, 'people', 'exact'],
      ['23.4%', 23.4, '%', 'exact'],
      ['418', 418, 'people', 'exact'],
    ]);
  });
});

describe('values a single space parts in a column too narrow for them', () => {
  it('are cells each, taking the row\'s unit column', () => {
    const text = [
      'Indicator                     Unit              2023      2022',
      'Scope 1 and 2 emissions       tCO2e          118,460   126,930',
      'Scope 3 emissions             tCO2e        1,684,200 1,712,900',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['118,460', 118460, 'tCO2e', 'exact'],
      ['126,930', 126930, 'tCO2e', 'exact'],
      ['1,684,200', 1684200, 'tCO2e', 'exact'],
      ['1,712,900', 1712900, 'tCO2e', 'exact'],
    ]);
  });
});

describe('a table set for the eye, a Chinese character as wide as two digits', () => {
  it('finds a value\'s header by the width its line shows where its characters fall under no one header cell', () => {
    const text = [
      '路段名称      里程（公里）   日均交通量（标准车）   通行费收入（亿元）   同比增减',
      '宁沪段          248.2            12.86                31.52              19.4%',
    ].join('\n');
    expect(figures(text)).toEqual([
      ['248.2', 248.2, 'km', 'exact'],
      ['12.86', 12.86, '', 'exact'],
      ['31.52', 3152000000, 'CNY', 'exact'],
      ['19.4%', 19.4, '%', 'exact'],
    ]);
  });
});
