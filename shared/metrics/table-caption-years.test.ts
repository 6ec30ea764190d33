import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

// A table whose caption and years share one line, the years split (`2023/24`), as a housing or
// university report sets it out.
const TABLE = [
  'Table 5  Student accommodation                 2023/24       2022/23',
  'Bed spaces owned                                 6,842         6,516',
  'Bed spaces at EPC C or above                     5,206         4,874',
  'Occupancy (%)                                     97.4          96.1',
].join('\n');

describe('a table row under a caption whose line ends in its years (`Table 5  Student accommodation   2023/24   2022/23`)', () => {
  it('takes the row label as each cell\'s metric and the year standing over it as its period', () => {
    const figures = describeFigures(TABLE, extractFigures(TABLE));
    const at = (value: string) => figures.find((f) => f.text === value);
    expect(at('4,874')).toMatchObject({ metric: 'Bed spaces at EPC C or above', period: '2022' });
    expect(at('97.4')).toMatchObject({ metric: 'Occupancy', period: '2023' });
  });
});
