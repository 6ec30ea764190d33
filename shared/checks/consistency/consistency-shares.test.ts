import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const far = '\n\n' + 'The rest of this report describes our governance and risk management.\n\n'.repeat(20);
const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds).map((c) => c.figures.map((f) => f.value));

describe('a share restated in running text', () => {
  it('meets a highlight whose label is the part and whose words after it the whole', () => {
    const text = `2023 highlights\nRenewable electricity: 71.5% of power use\nSites certified: 42${far}Renewable electricity made up 75.1% of our power use in the year.`;
    expect(mismatches(text)).toEqual([[71.5, 75.1]]);
  });

  it('meets a highlight said over two lines against the sentence that words it the other way round', () => {
    const text = `2023 at a glance\n\n28.6%\nof board seats held by women\n\nOur board${far}At year end women held 26.8% of board seats, up from 25.0% a year before.`;
    expect(mismatches(text)).toEqual([[28.6, 26.8]]);
  });

  it('reads its clause from a comma and a joiner on, not the clause of another share before it', () => {
    const table = '\n\nTable 4: Water use (megalitres)\n                                                   2022        2023\nShare of recycled water in total water use (%)       21.4        26.1\nTotal water use                                     8,420       8,115\n';
    const text = `Water use fell to 8,115 megalitres. Treated effluent rose to 1,460 megalitres, so that 64.0% of the process water we drew came from treated effluent, and recycled water met 24.6% of our total water use (2022: 21.4%).${table}`;
    expect(mismatches(text)).toEqual([[24.6, 26.1]]);
  });

  it('keeps shares of one whole with other parts apart', () => {
    const text = `Women made up 48.0% of our employees at year end.${far}Employees under 30 made up 41.0% of our employees.`;
    expect(mismatches(text)).toEqual([]);
  });
});

describe('a rate of change beside a share of the same thing', () => {
  const table = '\n\n表1 按行业划分的可持续融资\n单位：亿新元\n行业\t2022年\t2023年\t2023年占比\n可再生能源\t86\t112\t29.0%\n房地产\t94\t108\t28.0%\n合计\t180\t220\t100.0%\n';

  it('is another metric: `可再生能源融资增长30.2%` is no restatement of 可再生能源\'s 29.0% share', () => {
    expect(mismatches(`可再生能源融资增长30.2%至112亿新元。${table}`)).toEqual([]);
  });

  it('still meets a share said in the text (`可再生能源融资占比为32.0%`) against the share column', () => {
    expect(mismatches(`可再生能源融资占比为32.0%。${table}`)).toEqual([[32, 29]]);
  });
});

describe('a share said with the verb that links it to its metric', () => {
  const table = '\n\nPeople data\nIndicator                          Unit      FY2021     FY2022     FY2023\nFemale engineers ratio             %           21.6       23.9       24.8\nEmployees                          persons    12,406     12,918     13,352\n';
  it('meets the table row of its metric, the verb no word of it (`The ratio of female engineers at Halden Foods reached 28.4%`)', () => {
    const text = `Message from the CEO\nThe ratio of female engineers at Halden Foods reached 28.4%, and we remain committed to our goal of 35% by FY2030.${far}${table}`;
    expect(mismatches(text)).toEqual([[28.4, 24.8]]);
  });

  it('holds where it restates the row (24.8%)', () => {
    const text = `Message from the CEO\nThe ratio of female engineers at Halden Foods reached 24.8%, and we remain committed to our goal of 35% by FY2030.${far}${table}`;
    expect(mismatches(text)).toEqual([]);
  });
});
