import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

// A space-aligned table whose header, set in past the label column, names columns of its own after the years
// (`Share %`, `Change %`): a share or a change cell is of no year, and its metric is its row's label, whether the
// row's change is signed `+` or `-`.
const TABLE = [
  'Table 4  Cement sold by plant (thousand tonnes)',
  '                                  2024      2023   Share %  Change %',
  'Rajgarh works                   1,862     1,920      61.6      -3.0',
  'Bhimtal grinding unit             754       706      24.9      +6.8',
  'Third-party blending              408       366      13.5     +11.5',
  'Total sold                      3,024     2,992     100.0      +1.1',
  '',
].join('\n');

describe("a space-aligned table's columns named past its years", () => {
  const figures = describeFigures(TABLE, extractFigures(TABLE));
  const cell = (value: number) => figures.find((f) => f.value === value && f.start > TABLE.indexOf('works'));

  it('take their row label for their metric, signed up or down alike', () => {
    for (const value of [61.6, -3.0, 24.9, 6.8, 13.5, 11.5, 100.0, 1.1]) expect(cell(value)?.metric, `${value}`).toMatch(/^(?:Rajgarh works|Bhimtal grinding unit|Third-party blending|Total sold)$/);
  });

  it('are of no year, while the cells under the years are of theirs', () => {
    expect(cell(24.9)?.period).toBeUndefined();
    expect(cell(-3.0)?.period).toBeUndefined();
    expect(cell(754_000)).toMatchObject({ metric: 'Bhimtal grinding unit', period: '2024' });
    expect(cell(706_000)).toMatchObject({ metric: 'Bhimtal grinding unit', period: '2023' });
  });
});

// a key-figures table whose unit column holds a scale alone (`million`) for some rows
const KEY_FIGURES = [
  'Indicator                                         Unit      2024       2023',
  'Passengers served                               million      24.60      21.85',
  'Flights handled                                  number    128,400    116,200',
  '',
].join('\n');

describe("a key-figures table's row whose unit cell is a scale alone", () => {
  const figures = describeFigures(KEY_FIGURES, extractFigures(KEY_FIGURES));

  it('takes its label without the scale for its metric, as a row of another unit does', () => {
    expect(figures.find((f) => f.text === '24.60')).toMatchObject({ metric: 'Passengers served', period: '2024' });
    expect(figures.find((f) => f.text === '21.85')).toMatchObject({ metric: 'Passengers served', period: '2023' });
  });
});
