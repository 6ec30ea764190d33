import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shareOf = (text: string, stated: number) => checksOf('ratio', text).filter((c) => c.stated === stated).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a bare share after a part of a mass said `of it` (`86,400 tonnes of wood, 81,200 tonnes of it certified, 94.0%`)', () => {
  // a pulp mill's section: the mass, the part said of it, then the part's share with no whole named
  const mill = (part: string, share: string) => `2.4 Wood\nWe pulped 86,400 tonnes of wood in 2024, ${part} tonnes of it certified to FSC or PEFC, ${share}%, up from 91.0% in 2023.\n`;

  it('is the part over the figure `it` points back to', () => {
    expect(shareOf(mill('81,200', '94.0'), 94)).toEqual([[true, [81_200, 86_400, 94]]]);
    expect(shareOf(mill('81,200', '89.0'), 89)).toEqual([[false, [81_200, 86_400, 89]]]);
  });

  it('flags a part said larger than the whole it is of', () => {
    expect(shareOf(mill('86,800', '94.0'), 94)).toEqual([[false, [86_800, 86_400, 94]]]);
  });
});
