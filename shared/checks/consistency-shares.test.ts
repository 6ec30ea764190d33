import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

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

  it('keeps shares of one whole with other parts apart', () => {
    const text = `Women made up 48.0% of our employees at year end.${far}Employees under 30 made up 41.0% of our employees.`;
    expect(mismatches(text)).toEqual([]);
  });
});
