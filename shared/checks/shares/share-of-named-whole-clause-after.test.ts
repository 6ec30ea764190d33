import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const shareOf = (text: string, value: number) => shares(text).find(([, values]) => (values as number[]).includes(value));

describe('a share of a one-word whole with another figure joined on after it', () => {
  it('names the whole up to `and` and the next figure (`of sales and 15.3% more than …`)', () => {
    const text =
      'Sales were $402.8 million in 2024, 6.2% more than in 2023. Online orders brought in $86.2 million, 21.4% of sales and 15.3% ' +
      'more than the $74.8 million of 2023.';
    expect(shareOf(text, 21.4)).toEqual([true, [86.2e6, 402.8e6, 21.4]]);
  });
  it('finds the share that holds only over another whole (`23.4% of sales and 15.3% more`)', () => {
    const text =
      'Sales were $402.8 million in 2024, 6.2% more than in 2023. Online orders brought in $86.2 million, 23.4% of sales and 15.3% ' +
      'more than the $74.8 million of 2023.';
    expect(shareOf(text, 23.4)).toEqual([false, [86.2e6, 402.8e6, 23.4]]);
  });
  it('keeps a whole whose name runs on with a number (`of Scope 1 and 2 emissions`)', () => {
    const text = 'Scope 1 and 2 emissions fell 4.0% to 84.0 kt CO2e. Scope 2 emissions were 21.0 kt CO2e, 25.0% of Scope 1 and 2 emissions.';
    expect(shareOf(text, 25)).toEqual([true, [21, 84, 25]]);
  });
});

describe('a share of a one-word whole that a table row states for two years', () => {
  it('is taken over the row\'s latest year, not the larger cell of the year before', () => {
    const text =
      'Table 4: Energy by source (MWh)\n\nSource                    2024     2023\nNatural gas             61,300   64,900\nElectricity             48,600   51,200\n\n' +
      'Rooftop solar at our two plants produced 9,720 MWh, 20.0% of our electricity and 11.4% more than the 8,725 MWh of 2023.';
    expect(shareOf(text, 20)).toEqual([true, [9_720, 48_600, 20]]);
  });
});
