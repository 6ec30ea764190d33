import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

// A copper miner's production table as a layout-keeping PDF export gives it: a header of measures over a
// line of their units, the label column left blank, and one block of rows per year, each under its year
// on a line of its own; the Group row's recovery left as a dash.
const PRODUCTION = [
  'Table 3  Production by mine',
  '                          Ore treated      Copper grade    Recovery    Copper in concentrate',
  '                          (Mt)             (%)             (%)         (kt)',
  '2023',
  '  Cerro Alto                 48.6             0.61           88.4            262.1',
  '  Las Vertientes             21.2             0.74           90.1            141.3',
  '  Group                      69.8             0.65           ----            403.4',
  '2022',
  '  Cerro Alto                 46.9             0.63           87.9            259.7',
  '  Las Vertientes             22.4             0.72           89.6            144.5',
  '  Group                      69.3             0.66           ----            404.2',
  '',
  'Copper in concentrate fell slightly, to 403.4 kt.',
].join('\n');

/** The figure `value` on the line starting `line`, with its metric and period. */
const on = (line: string, value: string) => {
  const at = PRODUCTION.indexOf(line);
  return describeFigures(PRODUCTION, extractFigures(PRODUCTION)).find((f) => at >= 0 && f.start > at && f.text === value);
};

describe('a table whose header names a measure for each column, in blocks of rows each under its year', () => {
  it('reads a cell as its row and the measure over it, in the year heading its block', () => {
    expect(on('  Las Vertientes             22.4', '144.5')).toMatchObject({ metric: expect.stringMatching(/^Las Vertientes Copper in concentrate/), period: '2022' });
    expect(on('  Cerro Alto                 48.6', '0.61')).toMatchObject({ metric: expect.stringMatching(/^Cerro Alto Copper grade/), period: '2023' });
  });

  it('gives the last row of a block its own block\'s year, not the next block\'s heading under it', () => {
    expect(on('  Group                      69.8', '403.4')).toMatchObject({ metric: expect.stringMatching(/^Group Copper in concentrate/), period: '2023' });
  });

  it('reads the cells before a dash cell in their own columns', () => {
    expect(on('  Group                      69.3', '69.3')).toMatchObject({ metric: expect.stringMatching(/^Group Ore treated/), period: '2022' });
  });
});
