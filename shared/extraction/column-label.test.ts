import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figs = (text: string): Array<[string, string]> => extractFigures(text).map((f) => [f.text, f.unit]);

describe('a figure on a page in columns side by side (pdftotext -layout)', () => {
  it('takes the label below it that starts in its column', () => {
    const page =
      '  1.42 million                              98.1%\n' +
      '  outpatient appointments                   of inpatients would recommend us\n' +
      '  A&E attendances at our 4 departments      2\n' +
      '                                            never events, down from 5\n';
    expect(figs(page)).toEqual([
      ['1.42 million', 'outpatient appointments'],
      ['98.1%', '%'],
      ['4', 'departments'],
      ['2', 'never events'],
      ['5', 'never events'],
    ]);
  });
  it('takes no label that starts in another column or opens a heading', () => {
    expect(figs('  1.42 million                              98.1%\n     outpatient appointments\n')[0]).toEqual(['1.42 million', '']);
    expect(figs('  inpatient admissions, up 6.8%             0.21\n                                            MRSA cases per 10,000 bed days\n')[1]).toEqual(['0.21', '']);
  });
});
