import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const changes = (text: string) => checksOf('change', text).map((c) => c.message);

describe('a rate after the year before\'s bracket', () => {
  it('takes a rate with a year before of its own (`61.2% (2022: 58.4%)`) for a level, not the change of the pair before it', () => {
    const text = (share: string) => `Waste handled:
- Total waste generated: 12,480 t (2022: 12,960 t)
- Diverted from landfill: ${share}, down on the year`;
    expect(changes(text('61.2% (2022: 58.4%)'))).toEqual([]);
    expect(changes(text('3.7%'))).toEqual(['✓ 12,960 → 12,480 = −3.7 %']);
  });
});
