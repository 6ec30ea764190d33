import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

// A space-aligned table whose thousands are set off by narrow no-break spaces (`41\u202f206`), as French and
// Swiss reports typeset them, with its unit on a line of its own under the header of years.
const NB = '\u202f';
const TABLE = `Energy consumption                 2023         2022    Change (%)\n(MWh)\nNatural gas                      41${NB}206       44${NB}812          −8.0\nPurchased electricity           118${NB}460      121${NB}094          −2.2\nTotal                           159${NB}666      165${NB}906          −3.8\n`;

describe('a space-aligned row whose thousands are set off by narrow no-break spaces', () => {
  const figures = describeFigures(TABLE, extractFigures(TABLE));
  const cell = (value: number) => figures.find((f) => f.value === value);

  it('takes its row label for its metric and the year over its column for its period', () => {
    expect(cell(41_206)).toMatchObject({ metric: 'Natural gas', period: '2023' });
    expect(cell(44_812)).toMatchObject({ metric: 'Natural gas', period: '2022' });
    expect(cell(121_094)).toMatchObject({ metric: 'Purchased electricity', period: '2022' });
  });
});
