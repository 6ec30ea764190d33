import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a cheese maker's chair bounds a share said whole first (`of our milk came from`) that its section states as the part's share
const report = (letter: string) =>
  [
    'Chair\'s statement',
    '',
    `The year tested every dairy farmer in the valley. ${letter}, and we paid them a fair price for it.`,
    '',
    '2. Sourcing',
    '',
    'Milk from organic farms was 31.4 million litres, 27.6% of milk, up from 25.9% a year earlier.',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a share bounded with its whole before its part (`Just over 28% of our milk came from organic farms`)', () => {
  it('turned against the part\'s share stated elsewhere, it is a slip', () => {
    expect(slips('Just over 28% of our milk came from organic farms')).toHaveLength(1);
    expect(slips('Almost 27% of our milk came from organic farms')).toHaveLength(1);
  });

  it('bounding it right, it is none', () => {
    expect(slips('Almost 28% of our milk came from organic farms')).toEqual([]);
    expect(slips('More than 27% of our milk came from organic farms')).toEqual([]);
  });
});
