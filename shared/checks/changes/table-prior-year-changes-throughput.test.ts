import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const priorYear = (text: string) => checksOf('change', text).filter((c) => c.rule === 'change.against-table-prior-year');

describe('a sentence naming what a throughput row counts', () => {
  it('reads `2.41 million TEU of containers, up R%` against the row `Container throughput` (2,274 -> 2,410 thousand TEU is +6.0%)', () => {
    const report = (rate: string) =>
      `In 2024 the terminal handled 88 million tonnes of bulk cargo and 2.41 million TEU of containers, up ${rate}%.\n\nKey figures\n\nIndicator                 Unit            2023        2024\nBulk cargo throughput     million tonnes  85.4        88.0\nContainer throughput      thousand TEU    2,274       2,410\n`;
    expect(priorYear(report('6.0'))).toMatchObject([{ holds: true }]);
    expect(priorYear(report('4.2'))).toMatchObject([{ holds: false, stated: 4.2 }]);
  });
});
