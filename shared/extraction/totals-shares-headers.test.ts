import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// What a bare count counts when its noun stands elsewhere: the count an attribute's measure stands
// between, a total brought to a number, a share's noun, `or` between modifiers, a header of times.

const units = (text: string) => extractFigures(text).map((f) => [f.value, f.unit] as const);

describe('`of which` past a measure that is an attribute of the count before', () => {
  it('counts the vessels, not their capacity', () => {
    expect(units('We operated 312 vessels with a combined capacity of 2.38m TEU, of\nwhich 148 were owned and 164 chartered.')).toEqual([
      [312, 'vessels'],
      [2380000, 'TEU'],
      [148, 'vessels'],
      [164, 'vessels'],
    ]);
  });

  it('keeps the measure where none such stands between', () => {
    expect(units('We moved 14.2 million tonnes of freight, of which 9.6 million moved by rail.')).toEqual([
      [14200000, 't'],
      [9600000, 't'],
    ]);
  });
});

describe('a total brought to a count', () => {
  it('counts what `the number of` names', () => {
    expect(units('taking the number of dual-fuel vessels in service to\n58. The fleet')).toEqual([[58, 'dual-fuel vessels']]);
  });

  it('counts what the figure before it in its clause counted, less what of it was new', () => {
    expect(units('we opened 96 new sales outlets, bringing the total to\n312 at year end.')).toEqual([
      [96, 'new sales outlets'],
      [312, 'sales outlets'],
    ]);
    expect(units('We opened 96 new sales outlets. This brought the total to 312.')[1]).toEqual([312, '']);
  });
});

describe("a share's noun", () => {
  it('is counted by a bare subject count in its clause', () => {
    expect(units('94% of the homes we completed were EPC B or\nabove, and 1,864 were fitted with heat pumps, up from 612.')).toEqual([
      [94, '%'],
      [1864, 'homes'],
      [612, 'homes'],
    ]);
  });

  it('is not carried past the sentence', () => {
    expect(units('94% of the homes were EPC B. In 2023, 1,864 were sold.')[1]).toEqual([1864, '']);
  });
});

describe('`or` between modifiers', () => {
  it('joins them before a plural head', () => {
    expect(units('which funded 14 new or extended schools, 41km of roads')[0]).toEqual([14, 'new or extended schools']);
  });

  it('cuts where no plural head follows', () => {
    expect(units('Of 1,424 audits, 1,058 announced or semi-announced, were made')[1]).toEqual([1058, 'audits']);
  });
});

describe('a Chinese header naming what its column counts in times', () => {
  it('gives the cells its measure word', () => {
    const table = '项目          金额（万元）          受惠人次\n教育          1,246                 8,420\n';
    expect(units(table)).toEqual([
      [12460000, 'CNY'],
      [8420, '人次'],
    ]);
  });
});
