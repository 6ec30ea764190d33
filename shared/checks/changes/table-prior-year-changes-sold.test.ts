import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a sentence saying `sold` of a total whose caption says `sales`', () => {
  it('reads `we sold N million tonnes of cement, up R%` against the total of `Cement sales by plant` (3,280 -> 3,418 is +4.2%)', () => {
    const report = (rate: string) =>
      `In 2024 we sold 3.418 million tonnes of cement, up ${rate}% year on year, as two kilns came back from relining.\n\n` +
      `Table 2: Cement sales by plant (thousand tonnes)\n\nPlant              2023        2024\nNorthgate         1,912       1,986\nHolm Quarry       1,368       1,432\nTotal             3,280       3,418\n`;
    expect(priorYear(report('4.2'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('2.4'))).toMatchObject([{ holds: false, stated: 2.4 }]);
  });
});
