import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const overSlipped = (text: string) =>
  checksOf('ratio', text)
    .filter((c) => c.rule === 'rate.over-slipped-total')
    .map((c) => [c.holds, c.figures.map((f) => f.value)]);

// A rate no pair gives, which the table's total gives at what its parts add up to, the total's digits that sum's swapped:
// the rate was worked on the total as it should read, and does not hold over the total as printed.
describe('a rate no pair gives but a table total taken at the sum of its parts, its digits swapped', () => {
  const report = (total: string) =>
    [
      '3. Climate',
      '',
      'Scope 1 emissions by source (tCO2e)',
      '                          2024          2023',
      'Kiln fuel            1,126,400     1,098,200',
      'Process                742,800       731,600',
      'Other fuels             32,600        30,900',
      `Total                ${total}     1,860,700`,
      '',
      'We produced 3,112,400 tonnes of cement in 2024. Scope 1 emissions per tonne of cement fell to 0.611 tCO2e.',
    ].join('\n');

  it('reports the printed 1,910,800 over the cement produced against the stated 0.611, which 1,901,800 gives', () => {
    expect(overSlipped(report('1,910,800'))).toEqual([[false, [1_910_800, 3_112_400, 0.611]]]);
  });

  it('says nothing where the total is printed right, or where its parts give no swap of its digits', () => {
    expect(overSlipped(report('1,901,800'))).toEqual([]);
    expect(overSlipped(report('1,906,400'))).toEqual([]);
  });

  it('says nothing over a total of running text, whose own sentence may be what the rate restates', () => {
    const text = [
      'Scope 1 emissions were 1,910,800 tCO2e in 2024: kiln fuel 1,126,400 tCO2e, process 742,800 tCO2e and other fuels 32,600 tCO2e.',
      '',
      'We produced 3,112,400 tonnes of cement in 2024. Scope 1 emissions per tonne of cement fell to 0.611 tCO2e.',
    ].join('\n');
    expect(overSlipped(text)).toEqual([]);
  });
});
