import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

const report = (letter: string) =>
  [
    'Managing Director’s review',
    '',
    letter,
    '',
    '2. Milling',
    '',
    'Table 2  Cane and sugar (tonnes)',
    '                                       2023          2022',
    'Cane crushed                      6,420,600     6,184,300',
    'Raw sugar                           712,400       684,200',
    'Molasses                            246,800       238,900',
    'Sugar recovery rate, %                 11.1          11.1',
  ].join('\n');

describe('a text measure (`648,200 tonnes`) against a bare cell of a table whose caption gives the measure (`Cane and sugar (tonnes)`)', () => {
  it('is flagged when the digits are transposed and every word of the row label is said around the figure', () => {
    const text = report('Our three mills produced 712,400 tonnes of raw sugar, up from 648,200 tonnes in 2022, at a sugar recovery rate of 11.1%.');
    expect(mismatches(text)).toMatchObject([{ rule: 'consistency.transposed-digits', figures: [{ value: 648_200 }, { value: 684_200 }] }]);
  });

  it('holds when the text restates the cell', () => {
    expect(mismatches(report('Our three mills produced 712,400 tonnes of raw sugar, up from 684,200 tonnes in 2022, at a sugar recovery rate of 11.1%.'))).toEqual([]);
  });

  it('leaves a measure of another row alone (`molasses`)', () => {
    expect(mismatches(report('Our three mills also sold 648,200 tonnes of molasses to distilleries in 2022.'))).toEqual([]);
  });
});
