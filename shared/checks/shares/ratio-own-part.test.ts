import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a second share whose clause names its own part', () => {
  const opening = 'Our total energy consumption was 612,300 MWh in 2023 (2022: 598,700 MWh). Purchased renewable electricity increased to 171,900 MWh, ';

  it('is no share of the figure the share before it was of', () => {
    const text = `${opening}so that 72.4% of the electricity we bought came from renewable sources, and renewable sources covered 31.2% of our total energy consumption (2022: 26.5%).`;
    expect(checksOf('ratio', text).filter((c) => c.stated === 31.2)).toEqual([]);
  });

  it('still is when the clause names no part of its own', () => {
    const text = (share: string) => `${opening}72.4% of the electricity we bought and ${share}% of our total energy consumption.`;
    expect(checksOf('ratio', text('28.1'))).toContainEqual(expect.objectContaining({ holds: true, stated: 28.1 }));
    expect(checksOf('ratio', text('31.2'))).toContainEqual(expect.objectContaining({ holds: false, stated: 31.2 }));
  });
});
