import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a spinning mill: the chief executive bounds the recycled share, the materials section gives the tonnes and the exact share
const report = (bound: string) =>
  [
    'Message from our Chief Executive',
    '',
    `Our order book recovered in the second half, and ${bound} of the cotton we spin is now recycled fibre: post-consumer garments`,
    'collected through our retail partners and offcuts from their cutting rooms.',
    '',
    '2.3 Materials',
    '',
    'We spun 10,040 tonnes of cotton in 2024. Recycled fibre, post-consumer garments and offcuts from cutting rooms, were 5,840',
    'tonnes of them, or 58.2%. Virgin cotton came from growers certified under the Better Cotton standard.',
  ].join('\n');

describe("a round share bound whose sentence names again the subject the exact share's sentence opens with", () => {
  it('is set against the exact share when turned (`more than 60%` above 58.2%)', () => {
    const found = mismatches(report('more than 60%'));
    expect(found.some((c) => c.figures.some((f) => f.value === 60) && c.figures.some((f) => f.value === 58.2))).toBe(true);
  });

  it('holds when the bound is on the right side (`nearly 60%`)', () => {
    expect(mismatches(report('nearly 60%'))).toEqual([]);
  });
});
