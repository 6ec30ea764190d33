import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A highlights page sets a figure's parts on lines of their own; PDF extraction keeps them apart.

const figures = (text: string): Array<[string, number, string, string]> => extractFigures(text).map((f) => [f.text, f.value, f.unit, f.qualifier]);

describe("an infographic's figure laid out over lines", () => {
  it('takes a currency standing alone on the line above', () => {
    expect(figures('RMB\n\n2.35\n\nbillion\n\ninvested in rural revitalisation')).toEqual([['2.35\n\nbillion', 2.35e9, 'CNY', 'exact']]);
    expect(figures('US$\n\n1.2\n\nbillion\n\nin green bonds')[0]?.slice(1, 3)).toEqual([1.2e9, 'USD']);
    // a word above is a label, not a currency
    expect(figures('Revenue\n\n2.35\n\nbillion')[0]?.[2]).toBe('');
  });
  it('takes a qualifier standing alone on the line below', () => {
    expect(figures('95%\n\n以上\n\n可降解快递袋使用比例')).toEqual([['95%', 95, '%', 'over']]);
    expect(figures('30%\n\n左右')[0]?.[3]).toBe('about');
    // a threshold below is no qualifier of a claim, and prose below is none at all
    expect(figures('95%\n\n以上均为绿色包装')[0]?.[3]).toBe('exact');
  });
  it('reads 余 after a scale standing lines below the number as over', () => {
    expect(figures('5.6\n\n万余名\n\n新农人接受电商直播培训')).toEqual([['5.6', 56_000, '名', 'over']]);
    expect(figures('5.6\n\n万名\n\n新农人')[0]?.slice(2)).toEqual(['名', 'exact']);
  });
  it('reads 余 or 多 opening the measure word on the line below as over, with that measure word', () => {
    expect(figures('3,600\n余家\n\n“骑手之家”站点')[0]?.slice(1)).toEqual([3600, '家', 'over']);
    expect(figures('4,000\n多户')[0]?.slice(2)).toEqual(['户', 'over']);
    expect(figures('4,000\n多户家庭')[0]?.[2]).toBe('');
    expect(figures('4,000\n户')[0]?.[3]).toBe('exact');
  });
  it('reads a capital M glued after a decimal, or before a plus, as millions', () => {
    expect(figures('2.1M+\n\nSMEs served')).toEqual([['2.1M+', 2_100_000, '', 'over']]);
    expect(figures('1.5M users')[0]?.slice(0, 2)).toEqual(['1.5M', 1_500_000]);
    expect(figures('supplied by 3M and others')).toEqual([]);
  });
});

describe('an amount alone on its line in an interleaved infographic', () => {
  it('takes the scale word below it, past another column’s number that has its own', () => {
    const page = 'raised through Alipay Charity Platform\n\ncontributed by\n\nRMB 3.187\n\n2.042 billion\n\nbillion\n\npeople\n';
    expect(extractFigures(page).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['RMB 3.187', 3.187e9, 'CNY'],
      ['2.042 billion', 2.042e9, ''],
    ]);
  });
  it('takes none past a bare number, which may be the scale’s', () => {
    expect(extractFigures('RMB 3.187\n\n2,042\n\nbillion\n').map((f) => f.value)).toEqual([3.187, 2.042e12]);
  });
});

describe("a number ending a line of prose in interleaved columns", () => {
  it('gives a number ending a column\'s line of prose the scale word a line of the sentence below opens with', () => {
    const columns = 'others, to host online job fairs for over 8\n\nto work as AI trainers for Alipay. They were\n\nmillion graduating seniors and public-\n';
    expect(figures(columns)).toEqual([['8', 8e6, 'graduating seniors', 'over']]);
    // blank lines between the other column's paragraphs are not counted
    const far = 'to convert virtual green energy to 122\n\nof the volunteer hours. In the future, if this model is\npromoted nationwide, hours can also be\nredeemed across the country.\n\nIntelligent “Small Charity\nBookcase”\n\nmillion real trees planted in areas facing desertification.\n';
    expect(figures(far)[0]?.slice(1, 3)).toEqual([122e6, 'real trees']);
  });
});

describe('a tile’s label on the line below its figure', () => {
  const units = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.qualifier] as const);

  it('gives a bare figure alone on its line the plural noun the label opens with', () => {
    expect(units('across the central and\n\n650,000+\n\npeople\n\nwestern regions')).toEqual([[650000, 'people', 'over']]);
    expect(units('FY2024\n\napproximately\n\n1.3 billion\n\nannual active consumers across our\nChina marketplaces')).toEqual([[1300000000, 'annual active consumers', 'about']]);
    expect(units('Over\n\n5,000\n\nvillages covered by our logistics\nnetwork')).toEqual([[5000, 'villages', 'over']]);
  });

  it('leaves a figure that shares its line, a label ending a sentence, or a capitalised line', () => {
    expect(units('We planted 650,000\n\npeople')).not.toContainEqual([650000, 'people', 'exact']);
    expect(units('passed Alipay credit\n\n10,000\n\nevaluations.\n\nAlipay started')).toEqual([[10000, '', 'exact']]);
    expect(units('Approx.\n\n9,800\n\nEmployees worldwide')).toEqual([[9800, '', 'about']]);
  });

  it('keeps a scale another line gave it', () => {
    expect(units('loan from a bank before\n\nmillion\n\n3\n\nminutes to apply\nfor a loan')).toEqual([[3000000, '', 'exact']]);
  });
});
