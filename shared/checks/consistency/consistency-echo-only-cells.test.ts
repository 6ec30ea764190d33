import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a dairy's report: the letter slips the energy's scale, the section and the key figures' one-word row say it alike
const report = (letter: string) =>
  [
    'From our managing director',
    '',
    letter,
    '',
    'Our farmers sent us more milk than ever, and our new cheese line ran through the summer without a stop.',
    'We trained forty new operators, and our drivers covered the dales in all weathers to collect it.',
    '',
    '2. Energy',
    '',
    'We used 52,300 MWh of energy in 2024, mostly gas for our dryers and electricity for cooling.',
    '',
    'Key figures                       Unit            2024        2023',
    'Energy                            MWh           52,300      54,100',
    'Milk collected                    million litres   412         398',
  ].join('\n');

describe('a key-figures cell whose row label is one word (`Energy  MWh  52,300`)', () => {
  it('joins the running-text figure written with its very digits, and is flagged with it against a slip', () => {
    const checks = mismatches(report('Our energy use fell to 52.3 million MWh as the new dryers came on.'));
    expect(checks).toHaveLength(1);
    expect(checks[0]!.figures.map((f) => f.value)).toEqual(expect.arrayContaining([52_300_000, 52_300]));
    expect(checks[0]!.figures.filter((f) => f.value === 52_300)).toHaveLength(2);
  });

  it('says nothing when all agree', () => {
    expect(mismatches(report('Our energy use fell to 52,300 MWh as the new dryers came on.'))).toEqual([]);
  });
});
