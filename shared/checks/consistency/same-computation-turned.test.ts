import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a dairy's report: the letter says its water use `rose` to this year's figure, the section works the same change out
// from the same two values and says it `less than` the year before, the key figures give both years
const report = (letterVerb: string) =>
  [
    "Chair's letter",
    '',
    `Drought in the north kept us careful with every litre, and our water use ${letterVerb} 5.2% to 412,600 m3.`,
    '',
    '2. Water',
    '',
    'We withdrew 412,600 m3 of water in 2024, 5.2% less than the 435,200 m3 of 2023, as the new evaporator reused condensate.',
    '',
    'Key figures                       Unit            2024        2023',
    'Water withdrawn                   m3           412,600     435,200',
    'Milk processed                    million l      612.4       598.0',
  ].join('\n');

const turned = (verb: string) => checksOf('consistency', report(verb)).filter((c) => c.rule === 'consistency.change-direction');

describe('one change worked out twice over the same values and said both ways (`rose 5.2%`, `5.2% less than`)', () => {
  it('sets the rate said the wrong way against the one the values bear out', () => {
    expect(turned('rose')).toMatchObject([{ holds: false, figures: [{ value: 5.2 }, { value: 5.2 }] }]);
  });

  it('finds nothing when both say the way the values went', () => {
    expect(turned('fell')).toEqual([]);
  });
});
