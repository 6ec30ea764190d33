import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a sentence saying `bought` of a row labelled `purchased`', () => {
  it('reads `we bought N tonnes of scrap, R% more than the year before` against the row `Scrap steel purchased` (381,000 -> 412,600 is +8.3%)', () => {
    const report = (rate: string) =>
      `This year we bought 412,600 tonnes of scrap steel, ${rate}% more than the year before, and melted it at two sites.\n\nKey figures\n\nIndicator                 Unit        2024        2023\nScrap steel purchased     tonnes    412,600     381,000\nCrude steel produced      tonnes    498,200     476,900\n`;
    expect(priorYear(report('8.3'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('3.8'))).toMatchObject([{ holds: false, stated: 3.8 }]);
  });
});
