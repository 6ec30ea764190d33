import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const TEXT =
  'Water withdrawal was 1.84 million m3 in 2024 (municipal supply: 0.52 million m3; groundwater: 1.32 million m3), down 4.2% from 1.92 million m3 in 2023.\n\n' +
  'Key figures\n' +
  'Indicator                  Unit              2024       2023\n' +
  'Water withdrawal           million m3        1.84       1.92\n';

describe('a whole, its parts listed in brackets, then its change from the year before', () => {
  it('the change is the whole\'s (1.92 -> 1.84), not the last part\'s', () => {
    const changes = checksOf('change', TEXT).filter((c) => c.figures.some((f) => f.value === 4.2));
    expect(changes.map((c) => [c.holds, c.figures.slice(0, 3).map((f) => f.value)])).toEqual([[true, [1.92e6, 1.84e6, 4.2]]]);
  });
  it('nor is the last part set against the whole\'s row as this year\'s value', () => {
    expect(checksOf('consistency', TEXT).filter((c) => !c.holds)).toEqual([]);
  });
});
